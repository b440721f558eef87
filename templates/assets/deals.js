/*
 * The deal tracker's sorting and filtering. The table the server wrote is complete on its own; this script only
 * shows the filters (hidden without JavaScript, so no control appears that would do nothing), filters the rows
 * by company, status and year, and turns the sortable column headers into buttons. No library, no other host.
 */
(function () {
  'use strict';
  var table = document.querySelector('.deals-table');
  var filters = document.getElementById('deal-filters');
  if (!table || !filters || !table.tBodies.length) {
    return;
  }
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var count = document.getElementById('deal-count');
  var select = {
    company: document.getElementById('deal-company'),
    status: document.getElementById('deal-status'),
    year: document.getElementById('deal-year')
  };
  var collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true, sensitivity: 'base' });

  function apply() {
    var company = select.company.value;
    var status = select.status.value;
    var year = select.year.value;
    var shown = 0;
    rows.forEach(function (row) {
      var d = row.dataset;
      var match = (!company || d.investor === company || d.target === company) &&
        (!status || d.status === status) && (!year || d.year === year);
      row.hidden = !match;
      if (match) {
        shown += 1;
      }
    });
    count.textContent = 'Showing ' + shown + ' of ' + rows.length + (rows.length === 1 ? ' deal' : ' deals');
  }

  function value(row, index, kind) {
    var cell = row.cells[index];
    var raw = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent.trim();
    return kind === 'number' ? parseFloat(raw) : raw;
  }

  function sortBy(th, index, kind) {
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(th.parentNode.cells, function (h) {
      h.removeAttribute('aria-sort');
    });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var sorted = rows.slice().sort(function (a, b) {
      var x = value(a, index, kind);
      var y = value(b, index, kind);
      // Rows without a value (undated deals) stay last whichever way the column is sorted.
      if (x === '' || y === '') {
        return (x === '') - (y === '');
      }
      var order = kind === 'number' ? x - y : collator.compare(x, y);
      return ascending ? order : -order;
    });
    sorted.forEach(function (row) {
      tbody.appendChild(row);
    });
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
    var kind = th.getAttribute('data-sort');
    if (!kind) {
      return;
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent;
    th.textContent = '';
    th.appendChild(button);
    button.addEventListener('click', function () {
      sortBy(th, index, kind);
    });
  });

  filters.addEventListener('change', apply);
  document.getElementById('deal-reset').addEventListener('click', function () {
    Object.keys(select).forEach(function (key) {
      select[key].value = '';
    });
    apply();
  });
  filters.hidden = false;
  apply();
}());
