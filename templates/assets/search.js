// Search as you type, for the search page only (templates/search.ftlh loads it with defer). No library and no other
// host: it fetches the site's own index, under the base path, a small part at a time (SearchIndexFiles):
//   search/index.json  the manifest: kinds, entry count, the first word of each shard (the page gives its URL)
//   search/s/N.json    a shard: for each word of a run of sorted words, where it occurs
//   search/c/N.json    a chunk: what 16 results show (title, URL, snippet), fetched for the results on screen
// so a query downloads the manifest, a shard or two per word and a chunk per result shown, however large the site.
// Text from the index is only ever set as text (textContent, text nodes), never parsed as HTML.
// Without this script the page still works: the form reloads the page, which lists the first entries of each kind
// and links to every briefing and company.
(function () {
  'use strict';

  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var everything = document.getElementById('search-all');
  // An older browser keeps the page as it is without JavaScript.
  if (!form || !input || !status || !results || !more || !everything || !window.fetch || !window.URLSearchParams
      || !window.Promise || !window.Map || !Element.prototype.replaceChildren || !String.prototype.normalize) {
    return;
  }

  var PAGE = 10; // results shown at once; "More results" shows the next
  var PREFIX_SHARDS = 3; // a word matches longer words only while that takes at most this many shards
  var TITLE = 3, KEYWORD = 2; // fields of a place (SearchIndexFiles); anything else is text
  var base = form.getAttribute('data-index');
  var folder = base.slice(0, base.lastIndexOf('/') + 1);
  var manifest = null;
  var files = new Map(); // URL -> promise of its JSON: each file is fetched once
  var failed = false;
  var shown = null; // the ranked results of the current query, and how many are on screen
  var latest = 0; // queries answer out of order: only the latest one's results are shown

  // Text as the index compares it (SearchIndexer.fold): decomposed, without accents, lower case.
  function fold(text) {
    return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  }

  function words(text) {
    return text ? fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean) : [];
  }

  function load(path) {
    var url = folder + path + (manifest ? '?v=' + manifest.v : '');
    if (!files.has(url)) {
      files.set(url, fetch(url, {credentials: 'same-origin'}).then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      }));
    }
    return files.get(url);
  }

  // The shard that holds a word (or would): the last one whose key sorts at or before it.
  function shardOf(word) {
    var keys = manifest.shards;
    var lo = 0, hi = keys.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (keys[mid] <= word) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  // The shards a query word needs: the one that holds it, and those holding longer words that start with it, if
  // they are few (one or two letters would fetch half the index, and match too much to be of use).
  function shardsFor(q) {
    var first = shardOf(q);
    var last = first;
    while (last + 1 < manifest.shards.length && manifest.shards[last + 1].lastIndexOf(q, 0) === 0) {
      last++;
    }
    if (last - first + 1 > PREFIX_SHARDS) {
      return {shards: [first], prefix: false};
    }
    var shards = [];
    for (var i = first; i <= last; i++) {
      shards.push(i);
    }
    return {shards: shards, prefix: true};
  }

  // Where one query word occurs: entry -> its best match (field, title length, whole word or a word start).
  function places(q, plan, shards) {
    var found = new Map();
    var capped = false;
    shards.forEach(function (shard) {
      Object.keys(shard).forEach(function (word) {
        var whole = word === q;
        if (!whole && !(plan.prefix && word.lastIndexOf(q, 0) === 0)) {
          return;
        }
        var list = shard[word];
        capped = capped || (list.length - 1) / 2 < list[0];
        var entry = 0;
        for (var i = 1; i < list.length; i += 2) {
          entry += list[i];
          var field = list[i + 1] & 3;
          var length = list[i + 1] >> 2;
          var weight = (field === TITLE ? 10 : field === KEYWORD ? 6 : 2) / (whole ? 1 : 2);
          var before = found.get(entry);
          // Equal weights: the shorter title, whatever order the words come in.
          if (!before || weight > before.weight || (weight === before.weight && length < before.length)) {
            found.set(entry, {weight: weight, field: field, length: length, whole: whole});
          }
        }
      });
    });
    return {found: found, capped: capped};
  }

  // Every query word must match. An exact title or name ranks first (all words whole, in a title or name of as many
  // words), then entries whose title or name holds every word (headings among them), then the rest by how well
  // their words match; equal ones keep the index's order (briefings, companies, pages, sections, ...).
  function rank(query, matched) {
    var distinct = query.filter(function (q, i) { return query.indexOf(q) === i; });
    var first = matched[0].found;
    var ranked = [];
    first.forEach(function (unused, entry) {
      var score = 0, exact = true, titled = true, length = 0;
      for (var i = 0; i < matched.length; i++) {
        var m = matched[i].found.get(entry);
        if (!m) {
          return;
        }
        score += m.weight;
        titled = titled && m.field === TITLE;
        exact = exact && m.field === TITLE && m.whole && m.length === distinct.length;
        length = Math.max(length, m.field === TITLE ? m.length : 0);
      }
      ranked.push({entry: entry, tier: exact ? 0 : titled ? 1 : 2, score: score, length: length || 999});
    });
    ranked.sort(function (a, b) {
      return a.tier - b.tier || b.score - a.score || a.length - b.length || a.entry - b.entry;
    });
    return ranked;
  }

  function search(raw) {
    var query = words(raw);
    var plans = query.map(shardsFor);
    var needed = [];
    plans.forEach(function (p) { p.shards.forEach(function (s) { if (needed.indexOf(s) < 0) { needed.push(s); } }); });
    return Promise.all(needed.map(function (s) { return load('s/' + s + '.json'); })).then(function (loaded) {
      var matched = query.map(function (q, i) {
        return places(q, plans[i], plans[i].shards.map(function (s) { return loaded[needed.indexOf(s)]; }));
      });
      return {
        query: query,
        ranked: rank(query, matched),
        capped: matched.some(function (m) { return m.capped; })
      };
    });
  }

  // The entries of some results, from their chunks (fetched once each).
  function entries(list) {
    var size = manifest.chunk;
    return Promise.all(list.map(function (r) {
      return load('c/' + Math.floor(r.entry / size) + '.json').then(function (chunk) {
        return chunk[r.entry % size];
      });
    }));
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
    kind.textContent = manifest.kinds[entry.kind] || entry.kind;
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

  function count(n) {
    return n.toLocaleString('en-US');
  }

  function describe(raw) {
    var quoted = '“' + raw + '”';
    var total = shown.ranked.length;
    if (total === 0) {
      return 'No results for ' + quoted + '. Try fewer or shorter words.';
    }
    var of = shown.capped ? 'the best ' + count(total) + ' results' : count(total) + ' results';
    if (shown.count < total) {
      return 'Showing ' + count(shown.count) + ' of ' + of + ' for ' + quoted + '.';
    }
    if (shown.capped) {
      return 'Showing ' + of + ' for ' + quoted + '. Add a word to narrow them.';
    }
    return total + (total === 1 ? ' result' : ' results') + ' for ' + quoted + '.';
  }

  // Shows the next PAGE results of the current query, once their chunks are in.
  function showMore(raw, id) {
    var next = shown.ranked.slice(shown.count, shown.count + PAGE);
    return entries(next).then(function (list) {
      if (id !== latest) {
        return;
      }
      var items = document.createDocumentFragment();
      list.forEach(function (entry) { items.appendChild(resultItem(entry, shown.query)); });
      results.appendChild(items);
      shown.count += list.length;
      more.hidden = shown.count >= shown.ranked.length;
      say(describe(raw));
    });
  }

  function fail() {
    failed = true;
    results.hidden = true;
    more.hidden = true;
    everything.hidden = false;
    say('The search index could not be loaded. The first entries of each kind are listed below.');
  }

  function update() {
    var raw = input.value.trim();
    var url = raw ? '?q=' + encodeURIComponent(raw) : location.pathname;
    if (history.replaceState && location.search !== (raw ? url : '')) {
      history.replaceState(null, '', url);
    }
    var id = ++latest;
    if (words(raw).length === 0) {
      results.hidden = true;
      more.hidden = true;
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
    if (manifest === null) {
      say('Loading the search index…');
      return;
    }
    search(raw).then(function (found) {
      if (id !== latest) {
        return null;
      }
      shown = {query: found.query, ranked: found.ranked, capped: found.capped, count: 0};
      results.replaceChildren();
      results.hidden = found.ranked.length === 0;
      more.hidden = true;
      everything.hidden = true;
      return showMore(raw, id);
    }).catch(fail);
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

  more.addEventListener('click', function () {
    var first = shown.count;
    showMore(input.value.trim(), latest).then(function () {
      // Keyboard users go on from the first new result.
      var all = links();
      if (all[first]) {
        all[first].focus();
      }
    }).catch(fail);
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

  fetch(base, {credentials: 'same-origin'})
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (data) {
      manifest = data;
      say('');
      update();
    })
    .catch(fail);
  update();
}());
