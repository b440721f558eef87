// Search as you type, for the search page only (templates/search.ftlh loads it with defer). No library and no other
// host: it fetches the site's own search/index.json, whose URL the page gives in data-index, under the base path.
// Text from the index is only ever set as text (textContent, text nodes), never parsed as HTML.
// Without this script the page still works: the form reloads the page, which lists every entry by kind.
(function () {
  'use strict';

  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var everything = document.getElementById('search-all');
  // An older browser keeps the page as it is without JavaScript: everything listed.
  if (!form || !input || !status || !results || !everything || !window.fetch || !window.URLSearchParams
      || !Element.prototype.replaceChildren || !String.prototype.normalize) {
    return;
  }

  var LIMIT = 50; // results shown at once; the count says how many there are
  var index = null; // the prepared entries, once loaded
  var kinds = {};
  var failed = false;

  // Text as the index compares it (SearchIndexer.fold): decomposed, without accents, lower case.
  function fold(text) {
    return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  }

  function words(text) {
    return text ? fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean) : [];
  }

  function prepare(data) {
    kinds = data.kinds || {};
    return (data.entries || []).map(function (e, i) {
      return {
        entry: e,
        order: i,
        title: words(e.title),
        keywords: words((e.keywords || []).join(' ')),
        body: words([e.text, e.date, e.words].filter(Boolean).join(' '))
      };
    });
  }

  // How well a list of words matches one query word: 2 for a whole word, 1 for a word that starts with it.
  function hit(list, q) {
    var best = 0;
    for (var i = 0; i < list.length && best < 2; i++) {
      if (list[i] === q) {
        best = 2;
      } else if (best === 0 && list[i].lastIndexOf(q, 0) === 0) {
        best = 1;
      }
    }
    return best;
  }

  // Every query word must match somewhere; title matches weigh most, then keywords, then the text.
  function score(item, query) {
    var total = 0;
    for (var i = 0; i < query.length; i++) {
      var q = query[i];
      var s = hit(item.title, q) * 10 || hit(item.keywords, q) * 5 || hit(item.body, q);
      if (!s) {
        return 0;
      }
      total += s;
    }
    return total;
  }

  function search(query) {
    var found = [];
    for (var i = 0; i < index.length; i++) {
      var s = score(index[i], query);
      if (s) {
        found.push({item: index[i], score: s});
      }
    }
    // Equal scores keep the index's order: briefings, pages, sections, questions, events, deals.
    found.sort(function (a, b) { return b.score - a.score || a.item.order - b.item.order; });
    return found;
  }

  // Appends text to an element, with each word that starts with a query word in <mark>.
  function appendMarked(element, text, query) {
    var wordPattern = /[\p{L}\p{N}]+/gu;
    var done = 0;
    var match;
    while ((match = wordPattern.exec(text)) !== null) {
      var folded = fold(match[0]);
      var marked = query.some(function (q) { return folded.lastIndexOf(q, 0) === 0; });
      if (marked) {
        element.appendChild(document.createTextNode(text.slice(done, match.index)));
        var mark = document.createElement('mark');
        mark.textContent = match[0];
        element.appendChild(mark);
        done = match.index + match[0].length;
      }
    }
    element.appendChild(document.createTextNode(text.slice(done)));
  }

  function element(tag, className) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    return e;
  }

  function resultItem(entry, query) {
    var li = element('li', 'search-result');
    var link = element('a', 'search-title');
    link.href = entry.url;
    appendMarked(link, entry.title, query);
    li.appendChild(link);
    var meta = element('p', 'search-meta');
    var kind = element('span', 'search-kind');
    kind.textContent = kinds[entry.kind] || entry.kind;
    meta.appendChild(kind);
    if (entry.date) {
      meta.appendChild(element('span')).textContent = entry.date;
    }
    if (entry.in) {
      meta.appendChild(element('span')).textContent = 'in ' + entry.in;
    }
    li.appendChild(meta);
    if (entry.text) {
      var snippet = element('p', 'search-snippet');
      appendMarked(snippet, entry.text, query);
      li.appendChild(snippet);
    }
    return li;
  }

  function say(text) {
    if (status.textContent !== text) {
      status.textContent = text;
    }
  }

  function update() {
    var raw = input.value.trim();
    var query = words(raw);
    var url = raw ? '?q=' + encodeURIComponent(raw) : location.pathname;
    if (history.replaceState && location.search !== (raw ? url : '')) {
      history.replaceState(null, '', url);
    }
    if (query.length === 0) {
      results.hidden = true;
      results.replaceChildren();
      everything.hidden = false;
      if (!failed) {
        say('');
      }
      return;
    }
    if (failed) {
      return;
    }
    if (index === null) {
      say('Loading the search index…');
      return;
    }
    var found = search(query);
    var items = document.createDocumentFragment();
    found.slice(0, LIMIT).forEach(function (f) { items.appendChild(resultItem(f.item.entry, query)); });
    results.replaceChildren(items);
    results.hidden = found.length === 0;
    everything.hidden = true;
    var quoted = '“' + raw + '”';
    if (found.length === 0) {
      say('No results for ' + quoted + '. Try fewer or shorter words.');
    } else if (found.length > LIMIT) {
      say('Showing the first ' + LIMIT + ' of ' + found.length + ' results for ' + quoted + '.');
    } else {
      say(found.length + (found.length === 1 ? ' result' : ' results') + ' for ' + quoted + '.');
    }
  }

  // Arrow keys move from the box through the result links and back.
  function links() {
    return Array.prototype.slice.call(results.querySelectorAll('a.search-title'));
  }

  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && !results.hidden && links().length) {
      event.preventDefault();
      links()[0].focus();
    }
  });

  results.addEventListener('keydown', function (event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') {
      return;
    }
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (at < 0) {
      return;
    }
    event.preventDefault();
    if (event.key === 'ArrowDown') {
      all[Math.min(at + 1, all.length - 1)].focus();
    } else if (at === 0) {
      input.focus();
    } else {
      all[at - 1].focus();
    }
  });

  input.addEventListener('input', update);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    update();
  });

  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
  }

  fetch(form.getAttribute('data-index'), {credentials: 'same-origin'})
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (data) {
      index = prepare(data);
      say('');
      update();
    })
    .catch(function () {
      failed = true;
      results.hidden = true;
      everything.hidden = false;
      say('The search index could not be loaded. Everything the search covers is listed below.');
    });
  update();
}());
