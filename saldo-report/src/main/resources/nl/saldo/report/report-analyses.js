/* saldo report: the analyses beyond the report, j (components of change, METHOD.md §12) and
   k (segregation, §13), each drawn from window.SALDO alone and left out when the run has no table. */
(function (S) {
  'use strict';
  var D = S.D, t = S.t, P = S.parts;
  var COUNTS = ['pop_start', 'pop_end', 'change', 'moved_in', 'moved_out', 'born', 'arrived', 'left',
    'stayers_into_group', 'stayers_out_of_group'];
  var GROUPS = ['lower', 'higher_incl_students', 'lt101', '101_150', 'ge150', 'student', 'other', 'total'];
  // each component with its sign in the change and its colour
  var PARTS = [
    { key: 'moved_in', sign: 1, color: '#2e86c1' }, { key: 'moved_out', sign: -1, color: '#85c1e9' },
    { key: 'born', sign: 1, color: '#27ae60' }, { key: 'arrived', sign: 1, color: '#a9dfbf' },
    { key: 'left', sign: -1, color: '#7f8c8d' },
    { key: 'stayers_into_group', sign: 1, color: '#d35400' }, { key: 'stayers_out_of_group', sign: -1, color: '#f0b27a' }];
  var INDICES = ['D', 'M', 'H', 'M_between_gemeente', 'M_within_gemeente', 'M_between_area_type', 'M_within_area_type'];
  var MOMENTS = ['start', 'end', 'end_without_moves'];
  var MOMENT_COLORS = { start: '#aab7b8', end: '#34495e', end_without_moves: '#e67e22' };

  var components = {};
  (D.components || []).forEach(function (r) {
    var o = { layer: r[0], unit: r[1], group: r[2] };
    COUNTS.forEach(function (c, i) { o[c] = r[3 + i]; });
    components[o.layer + '|' + o.unit + '|' + o.group] = o;
  });

  function signed(v) { return (v > 0 ? '+' : '') + S.count(v); }
  function groupWords(g) { return D.texts['group.name.' + g] || S.groupLabel(g).toLowerCase(); }

  /** The policy maker's sentence: the change split into stayers, moves, births, arrivals, departures. */
  function sentence(r, unitName) {
    var stayers = r.stayers_into_group - r.stayers_out_of_group, moves = r.moved_in - r.moved_out;
    var key = r.change > 0 ? 'components.sentence.rise' : r.change < 0 ? 'components.sentence.fall' : 'components.sentence.same';
    if (r.change === 0) {
      return t(key, groupWords(r.group), unitName, S.count(r.pop_start), signed(stayers), signed(moves), signed(r.born), signed(r.arrived), signed(-r.left));
    }
    return t(key, groupWords(r.group), S.count(Math.abs(r.change)), unitName, signed(stayers), signed(moves),
      signed(r.born), signed(r.arrived), signed(-r.left));
  }

  function componentsOption(layerCode, group, list) {
    var series = PARTS.map(function (part) {
      return P.bars(t('col.' + part.key), list.map(function (u) {
        var r = components[layerCode + '|' + u.code + '|' + group];
        return r ? part.sign * r[part.key] : null;
      }), part.color, { stack: 'components' });
    });
    series.push({ name: t('components.change'), type: 'scatter', symbol: 'diamond', symbolSize: 12, itemStyle: { color: '#17202a' },
      data: list.map(function (u) { var r = components[layerCode + '|' + u.code + '|' + group]; return r ? r.change : null; }) });
    return { tooltip: { trigger: 'axis', valueFormatter: S.count }, legend: { top: 0 }, grid: { left: 40, right: 20, top: 60, bottom: 50, containLabel: true },
      xAxis: { type: 'category', data: list.map(function (u) { return u.name; }), axisLabel: { interval: 0, rotate: list.length > 6 ? 30 : 0, fontSize: 10 } },
      yAxis: { type: 'value', axisLabel: { formatter: S.count } }, dataZoom: P.zoom(list.length), series: series };
  }

  function componentsTable(layerCode, list) {
    var rows = [];
    list.forEach(function (u) {
      GROUPS.forEach(function (g) {
        var r = components[layerCode + '|' + u.code + '|' + g];
        if (r) { rows.push([u.name, S.groupLabel(g)].concat(COUNTS.map(function (c) { return S.count(r[c]); }))); }
      });
    });
    return S.table([t('col.unit_name'), t('col.group')].concat(COUNTS.map(function (c) { return t('col.' + c); })), rows,
      [0, 0].concat(COUNTS.map(function () { return 1; })));
  }

  function sectionJ() {
    if (!(D.components || []).length) { return; }
    var s = S.section('sec-j', 'section.j', t('section.j.intro', D.study.startYear, D.study.endYear));
    var sentences = S.el('div', { class: 'sentences' });
    s.node.appendChild(sentences);
    var p = S.panel(s.node);
    var layerCode = S.preferredLayer(P.TOP), group = 'lower';
    function draw() {
      var list = P.units(layerCode);
      p.draw(componentsOption(layerCode, group, list), componentsTable(layerCode, list));
      sentences.innerHTML = '';
      list.slice(0, 8).forEach(function (u) {
        var r = components[layerCode + '|' + u.code + '|' + group];
        if (r) { sentences.appendChild(S.el('p', { class: 'sentence', text: sentence(r, u.name) })); }
      });
    }
    s.controls.appendChild(S.layerSelect(layerCode, function (code) { layerCode = code; draw(); }).node);
    s.controls.appendChild(S.select(t('ui.group'), GROUPS.map(function (g) { return { value: g, label: S.groupLabel(g) }; }), group,
      function (g) { group = g; draw(); }).node);
    draw();
  }

  var segregation = {};
  var scopes = {};
  (D.segregation || []).forEach(function (r) {
    segregation[r[0] + '|' + r[1] + '|' + r[3] + '|' + r[4]] = r[5];
    (scopes[r[0]] = scopes[r[0]] || []).indexOf(r[1]) < 0 && scopes[r[0]].push(r[1]);
  });

  function withinLabel(within) {
    if (within === 'study') { return t('layer.study'); }
    var parts = within.split('='), name = S.unitName(parts[0], parts[1]);
    return (D.texts['layer.' + parts[0]] || parts[0]) + ': ' + name;
  }

  function index(layer, within, idx, moment) {
    var v = segregation[layer + '|' + within + '|' + idx + '|' + moment];
    return v === undefined ? undefined : v;
  }

  function segregationOption(layer, within) {
    var present = INDICES.filter(function (i) { return index(layer, within, i, 'start') !== undefined; });
    return { tooltip: { trigger: 'axis', valueFormatter: function (v) { return S.decimal(v, 4); } }, legend: { top: 0 },
      grid: { left: 40, right: 20, top: 40, bottom: 30, containLabel: true },
      xAxis: { type: 'category', data: present, axisLabel: { interval: 0, fontSize: 10, rotate: present.length > 3 ? 20 : 0 } },
      yAxis: { type: 'value', axisLabel: { formatter: function (v) { return S.decimal(v, 2); } } },
      series: MOMENTS.map(function (m) {
        return P.bars(t('segregation.moment.' + m), present.map(function (i) { return index(layer, within, i, m); }), MOMENT_COLORS[m]);
      }) };
  }

  function segregationTable(layer, within) {
    var rows = INDICES.filter(function (i) { return index(layer, within, i, 'start') !== undefined; }).map(function (i) {
      return [i].concat(MOMENTS.map(function (m) { var v = index(layer, within, i, m); return v === null ? '–' : S.decimal(v, 4); }));
    });
    return S.table([t('col.index')].concat(MOMENTS.map(function (m) { return t('segregation.moment.' + m); })), rows, [0, 1, 1, 1]);
  }

  function segregationSentence(layer, within) {
    var start = index(layer, within, 'D', 'start'), end = index(layer, within, 'D', 'end'), without = index(layer, within, 'D', 'end_without_moves');
    if (start === null || end === null || without === null || start === undefined) { return t('ui.no.data'); }
    var diff = end - without, word = diff > 0 ? 'segregation.raised' : diff < 0 ? 'segregation.lowered' : 'segregation.unchanged';
    return t('segregation.sentence', t('segregation.layer.' + layer), withinLabel(within), S.decimal(start, 4), S.decimal(end, 4),
      S.decimal(without, 4), t(word), S.decimal(Math.abs(diff), 4));
  }

  function sectionK() {
    if (!(D.segregation || []).length) { return; }
    var s = S.section('sec-k', 'section.k', t('section.k.intro', D.study.minDenominator));
    var line = S.el('p', { class: 'sentence' });
    s.node.appendChild(line);
    var p = S.panel(s.node);
    var layers = Object.keys(scopes), layer = layers[0], within = 'study', withinHost = S.el('span');
    function draw() {
      p.draw(segregationOption(layer, within), segregationTable(layer, within));
      line.textContent = segregationSentence(layer, within);
    }
    function pickLayer(code) {
      layer = code;
      within = scopes[layer].indexOf(within) >= 0 ? within : scopes[layer][0];
      withinHost.innerHTML = '';
      withinHost.appendChild(S.select(t('col.within'), scopes[layer].map(function (w) { return { value: w, label: withinLabel(w) }; }), within,
        function (w) { within = w; draw(); }).node);
      draw();
    }
    s.controls.appendChild(S.select(t('ui.layer'), layers.map(function (l) { return { value: l, label: t('segregation.layer.' + l) }; }), layer, pickLayer).node);
    s.controls.appendChild(withinHost);
    pickLayer(layer);
  }

  S.sectionsAnalyses = [sectionJ, sectionK];
})(Saldo);
