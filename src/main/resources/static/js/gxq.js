// Small progressive enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', () => {
  // Ask before destructive actions: <form data-confirm="...">
  document.querySelectorAll('form[data-confirm]').forEach(form => {
    form.addEventListener('submit', e => { if (!window.confirm(form.dataset.confirm)) e.preventDefault(); });
  });
});
// htmx requests carry the CSRF token from the page's meta tags.
document.addEventListener('htmx:configRequest', e => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) e.detail.headers[header.content] = token.content;
});
// A file over the per-file limit is taken out before the form is sent: a body over the server's limit would answer 413
// and lose what was typed. <input type="file" data-max-mb="5" data-too-large="… {0} …">
document.addEventListener('change', e => {
  const input = e.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.dataset.maxMb) return;
  const max = Number(input.dataset.maxMb) * 1024 * 1024;
  const big = Array.from(input.files || []).filter(f => f.size > max);
  let note = input.parentElement.querySelector('.upload-too-large');
  if (big.length === 0) {
    if (note) note.remove();
    return;
  }
  input.value = '';
  if (!note) {
    note = document.createElement('div');
    note.className = 'invalid-feedback d-block upload-too-large';
    note.setAttribute('role', 'alert');
    input.insertAdjacentElement('afterend', note);
  }
  note.textContent = big.map(f => input.dataset.tooLarge.replace('{0}', f.name)).join(' ');
});
