// Health alerts: after an acknowledgement through htmx the server sends the new number of open alerts
// (HX-Trigger: {"gxqOpenAlerts": n}); show it in the badge next to the title.
document.addEventListener('gxqOpenAlerts', e => {
  const badge = document.getElementById('openCount');
  if (!badge) return;
  const d = e.detail;
  badge.textContent = String(d !== null && typeof d === 'object' && 'value' in d ? d.value : d);
});
