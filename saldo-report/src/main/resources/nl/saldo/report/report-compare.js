/* saldo report: sections d (scatter of units), e (origin-destination flows), f (urbanity). */
(function (S) {
  'use strict';
  var D = S.D, t = S.t, P = S.parts;
  var PALETTE = ['#1f618d', '#c0392b', '#27ae60', '#8e44ad', '#d68910', '#17a589', '#566573', '#a04000'];

  function scatterPoints(layerCode) {
    return P.units(layerCode).map(function (u) {
      var hi = S.migration[layerCode + '|' + u.code + '|higher_incl_students'], lo = S.migration[layerCode + '|' + u.code + '|lower'];
      return { name: u.name, value: [hi && hi.net_pct_per_year, lo && lo.net_pct_per_year] };
    }).filter(function (p) { return p.value[0] !== null && p.value[1] !== null && p.value[0] !== undefined && p.value[1] !== undefined; });
  }

  function quadrantLabels() {
    function label(key, pos) { return Object.assign({ type: 'text', style: { text: t(key), fill: '#5b6675', font: '12px DejaVu Sans, Arial', width: 230, overflow: 'break' }, z: 10 }, pos); }
    return [label('quadrant.diverge', { left: 80, top: 48 }), label('quadrant.both.in', { right: 40, top: 48, style: { text: t('quadrant.both.in'), fill: '#5b6675', font: '12px DejaVu Sans, Arial', align: 'right' } }),
      label('quadrant.both.out', { left: 80, bottom: 72 }), label('quadrant.converge', { right: 40, bottom: 72, style: { text: t('quadrant.converge'), fill: '#5b6675', font: '12px DejaVu Sans, Arial', align: 'right' } })];
  }

  function scatterOption(layerCodes) {
    var all = [];
    var series = layerCodes.map(function (code) {
      var points = scatterPoints(code);
      all = all.concat(points.map(function (p) { return p.value[0]; }), points.map(function (p) { return p.value[1]; }));
      // a layer keeps its colour whichever layers are ticked
      var colour = PALETTE[S.layerCodes().indexOf(code) % PALETTE.length];
      return { name: S.layer(code).label, type: 'scatter', data: points, symbolSize: code === 'gemeente' ? 7 : 12, itemStyle: { color: colour },
        label: { show: code !== 'gemeente', formatter: function (p) { return p.name; }, position: 'right', fontSize: 10 },
        // labels near each other are moved apart, with a leader line to their dot
        labelLayout: { moveOverlap: 'shiftY' }, labelLine: { show: true, length2: 4, lineStyle: { color: '#aab1ba' } } };
    });
    var m = Math.max.apply(null, all.map(Math.abs).concat([0.1])) * 1.15;
    series.push({ type: 'line', data: [[-m, -m], [m, m]], symbol: 'none', lineStyle: { type: 'dashed', color: '#999' }, silent: true, tooltip: { show: false } });
    return { tooltip: { trigger: 'item', formatter: function (p) { return p.seriesName + '<br>' + p.name + '<br>' + t('col.x') + ': ' + S.pct(p.value[0]) + '<br>' + t('col.y') + ': ' + S.pct(p.value[1]); } },
      legend: { top: 0, data: layerCodes.map(function (c) { return S.layer(c).label; }) }, grid: { left: 70, right: 30, top: 40, bottom: 60 },
      xAxis: { type: 'value', min: -m, max: m, name: t('col.x'), nameLocation: 'middle', nameGap: 30, axisLabel: { formatter: P.axisPct } },
      yAxis: { type: 'value', min: -m, max: m, name: t('col.y'), nameLocation: 'middle', nameGap: 50, axisLabel: { formatter: P.axisPct } },
      graphic: quadrantLabels(), series: series };
  }

  function sectionD() {
    var s = S.section('sec-d', 'section.d', t('section.d.intro'));
    var p = S.panel(s.node, true), chosen = {};
    ['area_type', 'region'].forEach(function (c) { if (S.layer(c)) { chosen[c] = true; } });
    if (!Object.keys(chosen).length) { chosen[S.layerCodes()[0]] = true; }
    function draw() {
      var codes = S.layerCodes().filter(function (c) { return chosen[c]; }), rows = [];
      codes.forEach(function (c) { scatterPoints(c).forEach(function (pt) { rows.push([S.layer(c).label, pt.name, S.pct(pt.value[0]), S.pct(pt.value[1])]); }); });
      p.draw(scatterOption(codes), S.table([t('col.layer'), t('col.unit_name'), t('col.x'), t('col.y')], rows, [0, 0, 1, 1]));
    }
    S.layerCodes().forEach(function (c) {
      var box = S.el('input', { type: 'checkbox', value: c });
      box.checked = !!chosen[c];
      box.onchange = function () { chosen[c] = box.checked; draw(); };
      s.controls.appendChild(S.el('label', { text: ' ' + S.layer(c).label }, [box]));
    });
    draw();
  }

  function flowPairs(layerCode, group) {
    var nodes = P.units(layerCode).map(function (u) { return u.code; }).concat(['rest']), pairs = [];
    nodes.forEach(function (a, i) {
      nodes.slice(i + 1).forEach(function (b) {
        var ab = S.od[layerCode + '|' + a + '>' + b + '|' + group], ba = S.od[layerCode + '|' + b + '>' + a + '|' + group];
        var x = ab ? ab.moves : 0, y = ba ? ba.moves : 0;
        if (x || y) { pairs.push(x >= y ? { from: a, to: b, ab: x, ba: y, net: x - y } : { from: b, to: a, ab: y, ba: x, net: y - x }); }
      });
    });
    return { nodes: nodes, pairs: pairs };
  }

  function nodeColor(nodes, node) {
    return node === 'rest' ? '#7f8c8d' : PALETTE[nodes.indexOf(node) % PALETTE.length];
  }

  function flowOption(layerCode, group) {
    var f = flowPairs(layerCode, group), max = Math.max.apply(null, f.pairs.map(function (p) { return p.net; }).concat([1]));
    return { tooltip: { formatter: function (p) { return p.dataType === 'edge' ? S.unitName(layerCode, p.data.source) + ' → ' + S.unitName(layerCode, p.data.target) + ': ' + S.count(p.data.value) : p.name; } },
      series: [{ type: 'graph', layout: 'circular', circular: { rotateLabel: false }, roam: false, left: 120, right: 120, top: 50, bottom: 50,
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 10, label: { show: true, position: 'right', fontSize: 11 },
        edgeLabel: { show: true, fontSize: 10, formatter: function (p) { return S.count(p.data.value); } },
        data: f.nodes.map(function (n) { return { id: n, name: S.unitName(layerCode, n), symbolSize: n === 'rest' ? 30 : 20, itemStyle: { color: nodeColor(f.nodes, n) } }; }),
        links: f.pairs.filter(function (p) { return p.net > 0; }).map(function (p) {
          return { source: p.from, target: p.to, value: p.net, lineStyle: { width: 1 + 9 * p.net / max, curveness: 0.15, opacity: 0.75, color: nodeColor(f.nodes, p.from) } };
        }) }] };
  }

  function sectionE() {
    var s = S.section('sec-e', 'section.e', t('section.e.intro'));
    var p = S.panel(s.node, true), layerCode = S.preferredLayer(['area_type', 'region', 'province']), group = 'total';
    function draw() {
      var rows = flowPairs(layerCode, group).pairs.map(function (x) { return [S.unitName(layerCode, x.from), S.unitName(layerCode, x.to), S.count(x.ab), S.count(x.ba), S.count(x.net)]; });
      p.draw(flowOption(layerCode, group), S.table([t('col.origin') + ' (A)', t('col.destination') + ' (B)', 'A → B', 'B → A', t('col.net_flow')], rows, [0, 0, 1, 1, 1]));
    }
    s.controls.appendChild(S.layerSelect(layerCode, function (c) { layerCode = c; draw(); }, function (c) { return c !== 'gemeente'; }).node);
    s.controls.appendChild(S.select(t('ui.group'), P.MIGRATION.map(function (g) { return { value: g, label: S.groupLabel(g) }; }), group, function (g) { group = g; draw(); }).node);
    draw();
  }

  function urbanityOption(group) {
    var list = P.units('urbanity'), types = [], classes = [];
    list.forEach(function (u) { var k = u.code.split('|'); if (types.indexOf(k[0]) < 0) { types.push(k[0]); } if (classes.indexOf(k[1]) < 0) { classes.push(k[1]); } });
    classes.sort();
    var series = classes.map(function (c, i) {
      var full = list.filter(function (u) { return u.code.split('|')[1] === c; })[0].name;
      var name = (full.indexOf(', ') >= 0 ? full.slice(full.lastIndexOf(', ') + 2) : full.split(' ').slice(1).join(' ')) || c;
      return P.bars(c + ' ' + name, types.map(function (tp) { var r = S.migration['urbanity|' + tp + '|' + c + '|' + group]; return r ? r.net : null; }),
        ['#0b3d66', '#1f618d', '#5499c7', '#a9cce3', '#d6eaf8'][i % 5]);
    });
    return { tooltip: { trigger: 'axis', valueFormatter: S.count }, legend: { top: 0 }, grid: { left: 70, right: 20, top: 50, bottom: 40 },
      xAxis: { type: 'category', data: types.map(function (tp) { return S.unitName('area_type', tp); }), axisLabel: { interval: 0 } }, yAxis: { type: 'value', name: t('col.net'), axisLabel: { formatter: S.count } }, series: series };
  }

  function sectionF() {
    var s = S.section('sec-f', 'section.f', t('section.f.intro'));
    if (!S.layer('urbanity')) { s.node.appendChild(S.el('p', { class: 'note', text: t('ui.no.data') })); return; }
    var p = S.panel(s.node), group = 'total';
    function draw() { p.draw(urbanityOption(group), P.migrationTable('urbanity', P.units('urbanity'), [group])); }
    s.controls.appendChild(S.select(t('ui.group'), P.MIGRATION.map(function (g) { return { value: g, label: S.groupLabel(g) }; }), group, function (g) { group = g; draw(); }).node);
    draw();
  }

  S.sectionsDtoF = [sectionD, sectionE, sectionF];
})(Saldo);
