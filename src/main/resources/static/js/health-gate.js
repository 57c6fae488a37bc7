// Gate scan page and health-code page. No inline scripts (CSP script-src 'self').
(() => {
  const csrf = () => {
    const t = document.querySelector('meta[name="_csrf"]');
    const h = document.querySelector('meta[name="_csrf_header"]');
    return t && h ? { [h.content]: t.content } : {};
  };

  // --- Gate: scan with the camera. BarcodeDetector where the browser has it (Chrome on Android, macOS, ChromeOS);
  // elsewhere a frame every 400 ms is sent to /gate/decode and decoded on the server with ZXing. A USB/Bluetooth
  // scanner types into the token field and presses Enter; pasting works everywhere.
  const form = document.getElementById('scanForm');
  if (form) {
    const token = document.getElementById('token');
    token.addEventListener('keydown', e => {
      if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); if (token.value.trim()) form.requestSubmit(); }
    });
    const button = document.getElementById('cameraButton');
    const video = document.getElementById('camera');
    const canGetMedia = navigator.mediaDevices && navigator.mediaDevices.getUserMedia;
    if (!canGetMedia) {
      document.getElementById('cameraUnsupported').hidden = false;
    } else {
      button.hidden = false;
      button.addEventListener('click', async () => {
        let stream;
        try {
          stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        } catch (e) {
          document.getElementById('cameraUnsupported').hidden = false;
          return;
        }
        video.srcObject = stream; video.hidden = false; button.hidden = true;
        await video.play();
        const done = text => {
          stream.getTracks().forEach(t => t.stop());
          token.value = text; form.requestSubmit();
        };
        let detector = null;
        if ('BarcodeDetector' in window) {
          try { detector = new window.BarcodeDetector({ formats: ['qr_code'] }); } catch (e) { detector = null; }
        }
        const canvas = document.createElement('canvas');
        let busy = false;
        const tick = async () => {
          if (busy || video.readyState < 2) return;
          busy = true;
          try {
            if (detector) {
              const codes = await detector.detect(video);
              if (codes.length) { clearInterval(timer); done(codes[0].rawValue); }
            } else {
              const w = Math.min(video.videoWidth, 800);
              canvas.width = w; canvas.height = Math.round(video.videoHeight * w / video.videoWidth);
              canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
              const blob = await new Promise(r => canvas.toBlob(r, 'image/jpeg', 0.8));
              const body = new FormData(); body.append('frame', blob, 'frame.jpg');
              const res = await fetch(form.action.replace(/\/scan$/, '/decode'), { method: 'POST', body, headers: csrf() });
              if (res.status === 200) { clearInterval(timer); done(await res.text()); }
            }
          } catch (e) { /* keep trying */ } finally { busy = false; }
        };
        const timer = setInterval(tick, 400);
      });
    }
  }

  // --- Health-code page: countdown, and a fresh code 30 s before expiry (or at once when the phone wakes late).
  const refresh = async () => {
    const code = document.getElementById('code');
    if (!code || code.dataset.loading) return;
    code.dataset.loading = '1';
    try {
      const res = await fetch(code.dataset.refreshUrl, { headers: { 'HX-Request': 'true' }, cache: 'no-store' });
      if (res.ok) {
        const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
        const fresh = doc.getElementById('code');
        if (fresh) { code.replaceWith(fresh); return; }
      }
    } catch (e) { /* retry on next tick */ }
    delete code.dataset.loading;
  };
  setInterval(() => {
    const code = document.getElementById('code');
    if (!code || !code.dataset.expiresAt) return;
    const left = Math.max(0, Math.round((Number(code.dataset.expiresAt) - Date.now()) / 1000));
    const out = document.getElementById('countdown');
    if (out) out.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
    if (left <= 30) refresh();
  }, 1000);
})();
