/* saldo report: the sections a-i, each drawn from window.SALDO alone. */
(function (S) {
  'use strict';
  var D = S.D, t = S.t;
  var STACK = ['lt101', '101_150', 'ge150', 'student', 'other'];
  var BASE = ['lt101', '101_150', 'ge150', 'student'];
  var MIGRATION = ['lt101', '101_150', 'ge150', 'student', 'lower', 'higher_incl_students', 'total'];
  var TOP = ['area_type', 'region', 'province', 'study', 'gemeente'];

  function units(layerCode) { var l = S.layer(layerCode); return l ? l.units : []; }
  function zoom(n) { return n > 14 ? [{ type: 'slider', start: 0, end: Math.min(100, 1400 / n) }] : []; }
  function bars(name, data, color, extra) { return Object.assign({ name: name, type: 'bar', data: data, itemStyle: { color: color } }, extra || {}); }
  function axisPct(v) { return S.decimal(v, 2) + '%'; }

  function stockTable(layerCode, groups, unitList) {
    var rows = [];
    (unitList || units(layerCode)).forEach(function (u) {
      groups.forEach(function (g) {
        var r = S.stocks[layerCode + '|' + u.code + '|' + g];
        if (r) { rows.push([u.name, S.groupLabel(g), S.count(r.pop_start), S.count(r.pop_end), S.count(r.change), S.pct(r.change_pct_per_year), S.pct(r.share_start_pct), S.pct(r.share_end_pct), S.decimal(r.share_change_pp, 2)]); }
      });
    });
    return S.table([t('col.unit_name'), t('col.group'), t('col.pop_start'), t('col.pop_end'), t('col.change'),
      t('col.change_pct_per_year'), t('col.share_start_pct'), t('col.share_end_pct'), t('col.share_change_pp')], rows, [0, 0, 1, 1, 1, 1, 1, 1, 1]);
  }

  function migrationTable(layerCode, unitList, groups) {
    var rows = [];
    unitList.forEach(function (u) {
      groups.forEach(function (g) {
        var r = S.migration[layerCode + '|' + u.code + '|' + g];
        if (r) { rows.push([u.name, S.groupLabel(g), S.count(r.in_movers), S.count(r.out_movers), S.count(r.net), S.pct(r.net_pct_per_year), r.effect ? t('effect.' + r.effect) : '']); }
      });
    });
    return S.table([t('col.unit_name'), t('col.group'), t('col.in_movers'), t('col.out_movers'), t('col.net'),
      t('col.net_pct_per_year'), t('col.effect')], rows, [0, 0, 1, 1, 1, 1, 0]);
  }

  function populationOption(layerCode, unitList) {
    var categories = [];
    unitList.forEach(function (u) { categories.push(u.name + '\n' + D.study.startYear, u.name + '\n' + D.study.endYear); });
    var series = STACK.map(function (g) {
      var data = [];
      unitList.forEach(function (u) {
        var r = S.stocks[layerCode + '|' + u.code + '|' + g];
        data.push(r ? r.pop_start : null, r ? r.pop_end : null);
      });
      return bars(S.groupLabel(g), data, S.groupColors[g], { stack: 'population' });
    });
    return { tooltip: { trigger: 'axis', valueFormatter: S.count }, legend: { top: 0 }, grid: { left: 70, right: 20, top: 40, bottom: 70 },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, fontSize: 10, lineHeight: 14 } },
      yAxis: { type: 'value', axisLabel: { formatter: S.count } }, dataZoom: zoom(categories.length), series: series };
  }

  /** Whether the groups of a unit add up to its total at both dates (each count is rounded apart). */
  function addsUp(layerCode, unit) {
    var total = S.stocks[layerCode + '|' + unit + '|total'];
    if (!total) { return true; }
    return ['pop_start', 'pop_end'].every(function (f) {
      return STACK.reduce(function (sum, g) { var r = S.stocks[layerCode + '|' + unit + '|' + g]; return sum + (r ? r[f] : 0); }, 0) === total[f];
    });
  }

  function sectionA() {
    var s = S.section('sec-a', 'section.a', t('section.a.intro', D.study.startYear, D.study.endYear));
    var p = S.panel(s.node);
    var note = S.el('p', { class: 'note rounding' });
    s.node.appendChild(note);
    function draw(layerCode) {
      p.draw(populationOption(layerCode, units(layerCode)), stockTable(layerCode, STACK.concat(['total'])));
      var list = units(layerCode), off = list.filter(function (u) { return !addsUp(layerCode, u.code); }).length;
      note.textContent = off ? '¹ ' + t('rounding.chart', D.study.roundingBase, off, list.length) : '';
    }
    var current = S.preferredLayer(TOP);
    s.controls.appendChild(S.layerSelect(current, draw).node);
    draw(current);
  }

  function flowsOption(layerCode, unit) {
    var groups = MIGRATION;
    function values(field) { return groups.map(function (g) { var r = S.migration[layerCode + '|' + unit + '|' + g]; return r ? r[field] : null; }); }
    return { tooltip: { trigger: 'axis', valueFormatter: S.count }, legend: { top: 0 }, grid: { left: 40, right: 20, top: 40, bottom: 20, containLabel: true },
      xAxis: { type: 'category', data: groups.map(S.groupLabel), axisLabel: { interval: 0, fontSize: 10, rotate: 25 } },
      yAxis: { type: 'value', axisLabel: { formatter: S.count } },
      series: [bars(t('col.in_movers'), values('in_movers'), '#7fb3d5'), bars(t('col.out_movers'), values('out_movers'), '#e59866'),
        bars(t('col.net'), values('net'), '#34495e')] };
  }

  function sectionB() {
    var s = S.section('sec-b', 'section.b', t('section.b.intro', D.study.windowStartYear, D.study.windowEndYear));
    var p = S.panel(s.node);
    var layerCode = S.preferredLayer(TOP), unitHost = S.el('span');
    function draw(unit) { p.draw(flowsOption(layerCode, unit), migrationTable(layerCode, units(layerCode), MIGRATION)); }
    function pickLayer(code) {
      layerCode = code;
      var list = units(code), pick = S.select(t('ui.unit'), list.map(function (u) { return { value: u.code, label: u.name }; }), list[0] && list[0].code, draw);
      unitHost.innerHTML = '';
      unitHost.appendChild(pick.node);
      draw(list[0] && list[0].code);
    }
    s.controls.appendChild(S.layerSelect(layerCode, pickLayer).node);
    s.controls.appendChild(unitHost);
    pickLayer(layerCode);
  }

  function relativeOption(layerCode) {
    var list = units(layerCode);
    function values(g) { return list.map(function (u) { var r = S.migration[layerCode + '|' + u.code + '|' + g]; return r ? r.net_pct_per_year : null; }); }
    return { tooltip: { trigger: 'axis', valueFormatter: function (v) { return S.pct(v); } }, legend: { top: 0 },
      grid: { left: 40, right: 20, top: 40, bottom: 50, containLabel: true },
      xAxis: { type: 'category', data: list.map(function (u) { return u.name; }), axisLabel: { interval: 0, rotate: list.length > 6 ? 30 : 0, fontSize: 10 } },
      yAxis: { type: 'value', axisLabel: { formatter: axisPct } }, dataZoom: zoom(list.length),
      series: [bars(S.groupLabel('lower'), values('lower'), S.groupColors.lower),
        bars(S.groupLabel('higher_incl_students'), values('higher_incl_students'), S.groupColors.higher_incl_students)] };
  }

  function sectionC() {
    var s = S.section('sec-c', 'section.c', t('section.c.intro'));
    var p = S.panel(s.node);
    function draw(layerCode) { p.draw(relativeOption(layerCode), migrationTable(layerCode, units(layerCode), ['lower', 'higher_incl_students'])); }
    var current = S.preferredLayer(TOP);
    s.controls.appendChild(S.layerSelect(current, draw).node);
    draw(current);
  }

  S.sectionsAtoC = [sectionA, sectionB, sectionC];
  S.parts = { units: units, zoom: zoom, bars: bars, axisPct: axisPct, stockTable: stockTable, migrationTable: migrationTable,
    populationOption: populationOption, flowsOption: flowsOption, MIGRATION: MIGRATION, BASE: BASE, STACK: STACK, TOP: TOP };
})(Saldo);
