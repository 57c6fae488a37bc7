// National view: colours the map of provinces by the indicator chosen in #mapIndicator, from the rows of
// #nationalProvinces (data-province = GB/T 2260 code = the feature id in china-provinces.json). The table is the
// script-free version of the same figures.
document.addEventListener('DOMContentLoaded', () => {
  const box = document.getElementById('nationalMap');
  const table = document.getElementById('nationalProvinces');
  const choice = document.getElementById('mapIndicator');
  if (!box || !table || !choice || typeof echarts === 'undefined') return;
  const percentKeys = ['resumption', 'staff'];
  fetch(box.dataset.map, { credentials: 'same-origin' })
    .then(r => r.json())
    .then(geo => {
      const names = {};
      geo.features.forEach(f => { names[f.id] = f.properties.name; });
      echarts.registerMap('china', geo);
      const chart = echarts.init(box, null, { renderer: 'canvas' });
      const draw = () => {
        const key = choice.value;
        const percent = percentKeys.includes(key);
        const rows = Array.from(table.querySelectorAll('tbody tr[data-province]')).filter(r => names[r.dataset.province]);
        const data = rows.map(r => ({ name: names[r.dataset.province],
          value: r.dataset[key] === undefined || r.dataset[key] === '' ? null : Number(r.dataset[key]) }));
        const max = percent ? 100 : Math.max(1, ...data.map(d => d.value || 0));
        const label = choice.options[choice.selectedIndex].text;
        chart.setOption({
          animation: false,
          tooltip: { trigger: 'item', formatter: p => p.name + '<br>' + label + ' '
            + (p.value === null || p.value === undefined || Number.isNaN(p.value) ? '—' : p.value + (percent ? '%' : '')) },
          visualMap: { min: 0, max, left: 8, bottom: 8, calculable: true,
            text: [String(max) + (percent ? '%' : ''), '0'],
            inRange: { color: percent ? ['#f8d7da', '#fff3cd', '#d1e7dd', '#198754'] : ['#e9ecef', '#fff3cd', '#f5c2c7', '#dc3545'] } },
          series: [{ type: 'map', map: 'china', roam: false, data,
            emphasis: { label: { show: true } }, itemStyle: { areaColor: '#e9ecef', borderColor: '#adb5bd' } }]
        }, true);
        box.dataset.rendered = key;
      };
      draw();
      choice.addEventListener('change', draw);
      window.addEventListener('resize', () => chart.resize());
    })
    .catch(() => { box.textContent = ''; });
});
