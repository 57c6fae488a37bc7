// Health overview: draws the colour chart from the counts table on the page (#colourCounts rows carry
// data-colour / data-count); the table stays the accessible, script-free version of the same figures.
document.addEventListener('DOMContentLoaded', () => {
  const box = document.getElementById('colourChart');
  const table = document.getElementById('colourCounts');
  if (!box || !table || typeof echarts === 'undefined') return;
  const colours = { GREEN: '#198754', YELLOW: '#ffc107', RED: '#dc3545', NONE: '#adb5bd' };
  const data = Array.from(table.querySelectorAll('tr[data-colour]')).map(tr => ({
    name: tr.dataset.label,
    value: Number(tr.dataset.count),
    itemStyle: { color: colours[tr.dataset.colour] || '#6c757d' }
  }));
  const chart = echarts.init(box, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['40%', '70%'], avoidLabelOverlap: true, label: { formatter: '{b}\n{c}' }, data }]
  });
  window.addEventListener('resize', () => chart.resize());
  box.dataset.rendered = 'true';
});
