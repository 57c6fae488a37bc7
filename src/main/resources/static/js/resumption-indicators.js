// Resumption indicators: draws the trend from the rows of #trendTable (data-day, data-resumption, data-staff,
// data-capacity, in percent) and, on the national page, the map of provinces from #provinceTable (data-province =
// GB/T 2260 code, which is the id of the province in china-provinces.json; data-rate = 复工率). The tables are the
// script-free version of the same figures.
document.addEventListener('DOMContentLoaded', () => {
  if (typeof echarts === 'undefined') return;
  const num = v => (v === undefined || v === '' ? null : Number(v));
  const percent = v => (v === null || v === undefined || Number.isNaN(v) ? '—' : v + '%');

  const box = document.getElementById('trendChart');
  const table = document.getElementById('trendTable');
  if (box && table) {
    const rows = Array.from(table.querySelectorAll('tbody tr[data-day]'));
    const series = [['resumption', 'labelResumption'], ['staff', 'labelStaff'], ['capacity', 'labelCapacity']]
      .map(([key, label]) => ({
        name: box.dataset[label], type: 'line', showSymbol: rows.length <= 14,
        data: rows.map(r => num(r.dataset[key]))
      }));
    const chart = echarts.init(box, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: percent },
      legend: { bottom: 0 },
      grid: { left: 48, right: 16, top: 16, bottom: 56 },
      xAxis: { type: 'category', data: rows.map(r => r.dataset.day.slice(5)) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series
    });
    window.addEventListener('resize', () => chart.resize());
    box.dataset.rendered = 'true';
  }

  const mapBox = document.getElementById('provinceMap');
  const provinces = document.getElementById('provinceTable');
  if (mapBox && provinces) {
    fetch(mapBox.dataset.map, { credentials: 'same-origin' })
      .then(r => r.json())
      .then(geo => {
        const names = {};
        geo.features.forEach(f => { names[f.id] = f.properties.name; });
        echarts.registerMap('china', geo);
        const data = Array.from(provinces.querySelectorAll('tbody tr[data-province]'))
          .filter(r => names[r.dataset.province])
          .map(r => ({ name: names[r.dataset.province], value: num(r.dataset.rate) }));
        const chart = echarts.init(mapBox, null, { renderer: 'canvas' });
        chart.setOption({
          animation: false,
          tooltip: { trigger: 'item', formatter: p => p.name + '<br>' + mapBox.dataset.label + ' ' + percent(p.value) },
          visualMap: { min: 0, max: 100, left: 8, bottom: 8, calculable: true, text: ['100%', '0%'],
            inRange: { color: ['#f8d7da', '#fff3cd', '#d1e7dd', '#198754'] } },
          series: [{ type: 'map', map: 'china', roam: false, data,
            emphasis: { label: { show: true } }, itemStyle: { areaColor: '#e9ecef', borderColor: '#adb5bd' } }]
        });
        window.addEventListener('resize', () => chart.resize());
        mapBox.dataset.rendered = 'true';
      })
      .catch(() => { mapBox.textContent = ''; });
  }
});
