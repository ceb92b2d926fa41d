// A page opened straight from the disk (a double-clicked index.html of the offline package, a file:// URL)
// cannot start the app: the browser refuses its module scripts there. This plain script still runs, and
// shows the notice the page carries hidden, which says how to start the package's own server. It has no
// words of its own: the notice is prerendered in the page's language (src/routes/+layout.svelte).
if (location.protocol === 'file:') {
	for (const el of document.querySelectorAll('[data-file-notice]')) el.hidden = false;
}
