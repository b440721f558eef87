/*
 * The deal tracker, faster. Every order, filter and page of the tracker is a page the build wrote, reached by a
 * plain link, so the tracker works without this script. With it, following one of those links loads only the
 * target page's rows (its rows.json, a fraction of the page) and redraws the table, the counts, the pagination and
 * the marked choices in place; the address bar shows the page's own URL, so Back, Forward, reload and bookmarks
 * all lead to the same rows. Nothing is fetched until the reader follows a link. Cells are built with text nodes
 * only, as partials/deal.ftlh writes them. No library, no other host.
 */
(function () {
  'use strict';
  var table = document.querySelector('.deals-table[data-rows]');
  var page = document.querySelector('.deals-page');
  if (!table || !page || !window.fetch || !window.history.pushState) {
    return;
  }
  var tbody = table.tBodies[0];
  var caption = table.caption;
  var status = document.getElementById('deals-status');
  var pages = page.querySelector('.deals-pages');
  var views = page.querySelector('.deal-views');
  var chart = page.querySelector('.chart');
  var loading = null;
  // The tracker's own URL: the first order's link (every deal, newest first) leads to it.
  var root = views && views.querySelector('a') ? new URL(views.querySelector('a').href, location.href).pathname : null;
  if (!root) {
    return;
  }

  function rowsUrl(href) {
    return new URL(href, location.href).pathname + 'rows.json';
  }

  /* A link the script can follow: one of the tracker's own pages, on this host, plainly clicked. */
  function followable(link, event) {
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey ||
        event.shiftKey || event.altKey || link.hasAttribute('download')) {
      return false;
    }
    var url = new URL(link.href, location.href);
    return url.origin === location.origin && url.pathname.indexOf(root) === 0 && /\/$/.test(url.pathname) &&
      !url.hash && !url.search;
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function link(text, href, className) {
    var a = element('a', className, text);
    a.href = href;
    return a;
  }

  function company(cell, name, url) {
    cell.appendChild(url ? link(name, url, 'company-link') : document.createTextNode(name));
    return cell;
  }

  function row(d) {
    var tr = document.createElement('tr');
    var investor = element('th');
    investor.scope = 'row';
    tr.appendChild(company(investor, d.investor, d.investorUrl));
    tr.appendChild(company(element('td'), d.target, d.targetUrl));
    tr.appendChild(element('td', null, d.text || ''));
    var amount = element('td', 'numeric');
    amount.appendChild(element('span', 'figure-value', d.amount));
    tr.appendChild(amount);
    var badge = element('td');
    if (d.statusLabel) {
      badge.appendChild(element('span', 'status status-' + d.status, d.statusLabel));
    }
    tr.appendChild(badge);
    var date = element('td');
    if (d.date && d.dateIso) {
      var time = element('time', null, d.date);
      time.dateTime = d.dateIso;
      date.appendChild(time);
    } else if (d.date) {
      date.textContent = d.date;
    } else {
      date.appendChild(element('span', 'muted', 'Undated'));
    }
    tr.appendChild(date);
    var covered = element('td');
    if (d.coveredIn.length) {
      d.coveredIn.forEach(function (b, i) {
        if (i > 0) {
          covered.appendChild(document.createTextNode(', '));
        }
        covered.appendChild(link(b.label, b.url));
      });
    } else {
      covered.appendChild(element('span', 'muted', 'No briefing yet'));
    }
    tr.appendChild(covered);
    var source = element('td');
    if (d.sourceUrl) {
      source.appendChild(link(d.source, d.sourceUrl, 'source-ref'));
    } else if (d.source) {
      source.textContent = d.source;
    }
    tr.appendChild(source);
    return tr;
  }

  /* The pagination as partials/pagination.ftlh writes it for the tracker. */
  function pagination(p) {
    pages.textContent = '';
    if (p.count < 2) {
      return;
    }
    var nav = element('nav', 'pagination');
    nav.setAttribute('aria-label', 'Pages of the deals');
    var ul = element('ul');
    function step(text, href, rel, before) {
      var li = element('li', 'pagination-step');
      var a = link('', href);
      a.rel = rel;
      var arrow = element('span', null, before ? '\u2190 ' : ' \u2192');
      arrow.setAttribute('aria-hidden', 'true');
      var noun = element('span', 'visually-hidden', ' deals');
      if (before) {
        a.appendChild(arrow);
      }
      a.appendChild(document.createTextNode(text));
      a.appendChild(noun);
      if (!before) {
        a.appendChild(arrow);
      }
      li.appendChild(a);
      ul.appendChild(li);
    }
    if (p.prevUrl) {
      step('Previous', p.prevUrl, 'prev', true);
    }
    p.pages.forEach(function (n) {
      var li = element('li', n.url ? null : 'pagination-gap');
      if (n.url) {
        var a = link('', n.url);
        a.appendChild(element('span', 'visually-hidden', 'Page '));
        a.appendChild(document.createTextNode(n.label));
        if (n.current) {
          a.setAttribute('aria-current', 'page');
        }
        li.appendChild(a);
      } else {
        li.textContent = n.label;
      }
      ul.appendChild(li);
    });
    if (p.nextUrl) {
      step('Next', p.nextUrl, 'next', false);
    }
    nav.appendChild(ul);
    pages.appendChild(nav);
  }

  function show(data) {
    var body = document.createElement('tbody');
    data.rows.forEach(function (d) {
      body.appendChild(row(d));
    });
    table.replaceChild(body, tbody);
    tbody = body;
    caption.textContent = data.title + ' (' + data.total + ')';
    status.textContent = 'Deals ' + data.pagination.from + ' to ' + data.pagination.to + ' of ' + data.total;
    pagination(data.pagination);
    Array.prototype.forEach.call(views.querySelectorAll('[data-choice]'), function (group) {
      var current = data.choices[group.getAttribute('data-choice')];
      Array.prototype.forEach.call(group.querySelectorAll('a'), function (a) {
        if (new URL(a.href, location.href).pathname === current) {
          a.setAttribute('aria-current', 'true');
        } else {
          a.removeAttribute('aria-current');
        }
      });
    });
    // The chart is the tracker's first page's own (every deal, by quarter); other pages have none.
    if (chart) {
      chart.hidden = data.url !== root;
    }
  }

  function load(href, push) {
    var target = new URL(href, location.href).pathname;
    loading = target;
    page.setAttribute('aria-busy', 'true');
    return fetch(rowsUrl(href), { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.json();
    }).then(function (data) {
      if (loading !== target) {
        return; // a later link won
      }
      show(data);
      if (push) {
        history.pushState({ deals: target }, '', target);
      }
      page.removeAttribute('aria-busy');
    }).catch(function () {
      location.href = href; // the page itself still has the rows
    });
  }

  page.addEventListener('click', function (event) {
    var a = event.target.closest && event.target.closest('a');
    if (!a || !(views.contains(a) || pages.contains(a)) || !followable(a, event)) {
      return;
    }
    event.preventDefault();
    var fromPages = pages.contains(a);
    load(a.href, true).then(function () {
      if (fromPages) {
        // Read on from the top of the new rows, as after loading a page.
        table.parentNode.scrollIntoView({ block: 'start' });
      }
    });
  });

  window.addEventListener('popstate', function () {
    load(location.href, false);
  });
  history.replaceState({ deals: location.pathname }, '', location.href);
}());
