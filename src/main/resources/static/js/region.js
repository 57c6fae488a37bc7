// Province select narrows the grouped city select to that province's cities. Without it, the optgroups still work.
document.addEventListener('DOMContentLoaded', () => {
  const province = document.querySelector('select[data-city-filter]');
  if (!province) return;
  const city = document.getElementById(province.dataset.cityFilter);
  const apply = () => {
    city.querySelectorAll('optgroup').forEach(g => {
      const show = !province.value || g.dataset.province === province.value;
      g.hidden = !show;
      g.disabled = !show;
    });
    const chosen = city.selectedOptions[0];
    if (chosen && chosen.parentElement.tagName === 'OPTGROUP' && chosen.parentElement.disabled) city.value = '';
  };
  province.addEventListener('change', apply);
  apply();
});
