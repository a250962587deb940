/* saldo report: section h (profile per unit), section i (method, settings, manifest), and start-up. */
(function (S) {
  'use strict';
  var D = S.D, t = S.t, P = S.parts;

  function sectionH() {
    var s = S.section('sec-h', 'section.h', t('section.h.intro'));
    var text = S.el('div', { class: 'profile' }), grid = S.el('div', { class: 'two' });
    var left = S.el('div'), right = S.el('div');
    grid.appendChild(left); grid.appendChild(right);
    s.node.appendChild(text); s.node.appendChild(grid);
    var population = S.panel(left), flows = S.panel(right);
    var layerCode = S.preferredLayer(P.TOP), unitHost = S.el('span');
    // what the printer gets instead of the one chosen unit: every unit of the layer, text and numbers
    var printed = S.el('div', { class: 'print-profiles' });
    s.node.appendChild(printed);
    function printAll(code) {
      printed.innerHTML = '';
      P.units(code).forEach(function (u) {
        var block = S.el('div', { class: 'print-profile', 'data-unit': u.code }, [S.el('h3', { text: u.name })]);
        ((D.profiles[code] || {})[u.code] || []).forEach(function (p) { block.appendChild(S.el('p', { text: p })); });
        block.appendChild(P.stockTable(code, P.STACK.concat(['total']), [u]));
        block.appendChild(P.migrationTable(code, [u], P.MIGRATION));
        printed.appendChild(block);
      });
    }
    function show(unit) {
      var paragraphs = (D.profiles[layerCode] || {})[unit] || [];
      text.innerHTML = '';
      text.appendChild(S.el('h3', { text: S.unitName(layerCode, unit) }));
      paragraphs.forEach(function (p) { text.appendChild(S.el('p', { text: p })); });
      var only = P.units(layerCode).filter(function (u) { return u.code === unit; });
      population.draw(P.populationOption(layerCode, only), P.stockTable(layerCode, P.STACK.concat(['total']), only));
      flows.draw(P.flowsOption(layerCode, unit), P.migrationTable(layerCode, only, P.MIGRATION));
    }
    function pickLayer(code) {
      layerCode = code;
      var list = P.units(code);
      var pick = S.select(t('ui.unit'), list.map(function (u) { return { value: u.code, label: u.name }; }), list[0] && list[0].code, show);
      pick.select.id = 'profile-unit';
      unitHost.innerHTML = '';
      unitHost.appendChild(pick.node);
      show(list[0] && list[0].code);
      printAll(code);
    }
    s.controls.appendChild(S.layerSelect(layerCode, pickLayer).node);
    s.controls.appendChild(unitHost);
    pickLayer(layerCode);
  }

  function sectionI() {
    var s = S.section('sec-i', 'section.i', '');
    s.node.appendChild(S.el('p', { text: t('method.text', D.study.maxGapDays, D.study.low, D.study.high) }));
    var unsafe = !D.study.disclosureControl || D.unsafe;
    s.node.appendChild(S.el('p', { class: unsafe ? 'banner' : '', text: unsafe ? t('method.disclosure.off')
      : t('method.disclosure', D.study.roundingBase, D.study.minDenominator) }));
    s.node.appendChild(S.el('h3', { text: t('method.settings') }));
    s.node.appendChild(S.table([t('col.key'), t('col.value')], D.settingsRows));
    s.node.appendChild(S.el('h3', { text: t('method.manifest') }));
    s.node.appendChild(S.table([t('col.key'), t('col.value')], D.manifestRows));
  }

  document.getElementById('contents').appendChild(S.el('ol'));
  S.sectionsAtoC.concat(S.sectionsDtoF, [S.sectionG], S.sectionsAnalyses || [], [sectionH, sectionI]).forEach(function (draw) { draw(); });
  document.body.setAttribute('data-rendered', 'true');
})(Saldo);
