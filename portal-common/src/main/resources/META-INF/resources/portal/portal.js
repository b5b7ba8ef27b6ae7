// Hearth portals: confirmation of destructive actions and progress on long ones, for plain forms
// (htmx requests use hx-confirm and the #progress indicator).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
    return;
  }
  form.querySelectorAll('button[type=submit]').forEach(function (button) {
    button.disabled = true;
    if (button.dataset.working) {
      button.innerHTML = '<span class="spinner-border spinner-border-sm me-1" aria-hidden="true"></span>' + button.dataset.working;
    }
  });
  document.getElementById('progress')?.classList.add('htmx-request');
});
document.addEventListener('htmx:configRequest', function (event) {
  var meta = document.querySelector('meta[name=csrf-token]');
  if (meta) { event.detail.headers['X-CSRF-TOKEN'] = meta.content; }
});
