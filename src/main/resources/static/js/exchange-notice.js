// Notice form: filter the zone list by a search text; hide the zone list while "all zones" is chosen.
document.addEventListener('DOMContentLoaded', () => {
  const search = document.getElementById('zoneSearch');
  const picker = document.getElementById('zonePicker');
  if (!search || !picker) return;
  search.addEventListener('input', () => {
    const q = search.value.trim().toLowerCase();
    picker.querySelectorAll('.province-group').forEach(group => {
      const provinceHit = q === '' || group.dataset.province.toLowerCase().includes(q);
      let any = false;
      group.querySelectorAll('.zone-option').forEach(option => {
        const hit = provinceHit || option.dataset.name.toLowerCase().includes(q);
        option.classList.toggle('d-none', !hit);
        any = any || hit;
      });
      group.classList.toggle('d-none', !any);
    });
  });
  const all = document.getElementById('audienceAll');
  const toggle = () => picker.classList.toggle('d-none', all.checked);
  document.querySelectorAll('input[name=audience]').forEach(r => r.addEventListener('change', toggle));
  toggle();
  // ticking a province ticks its zones (the server expands provinces as well)
  picker.querySelectorAll('.province-box').forEach(box => box.addEventListener('change', () => {
    box.closest('.province-group').querySelectorAll('input[name=zones]').forEach(z => { z.checked = box.checked; });
  }));
  // unticking one zone of a ticked province unticks the province, so that the zone is really left out
  picker.querySelectorAll('input[name=zones]').forEach(z => z.addEventListener('change', () => {
    if (!z.checked) z.closest('.province-group').querySelector('.province-box').checked = false;
  }));
});
