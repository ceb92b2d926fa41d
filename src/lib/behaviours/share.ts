/**
 * "Share" and "Embed" as behaviour on their prerendered markup (ShareControls.svelte): the link to copy
 * and the iframe snippets with a live preview, in native <dialog>s (focus stays inside, Escape closes).
 * The view is read from the markup's data attributes when a dialog opens, so a map that has moved on
 * shares where it is now. Plain DOM: the same code serves the app's pages and the reading pages.
 */
import { copy } from '$lib/copy';
import { embedSnippets, embedSrc } from '$lib/embed/snippet';
import { parseMaxHeight } from '$lib/map/urlState';

export interface ShareDeps {
	/** The absolute URL of a site path in the page's language ("/country/THA" -> "https://…/km/country/THA"). */
	absolute: (path: string) => string;
	/** The absolute URL of the Pym.js script the site serves. */
	pymScript: string;
}

/** Makes the share controls inside `root` work; returns what undoes it. */
export function attachShare(root: HTMLElement, deps: ShareDeps): () => void {
	const $ = <T extends Element>(selector: string) => root.querySelector(selector) as T | null;
	const shareDialog = $<HTMLDialogElement>('dialog.share');
	const embedDialog = $<HTMLDialogElement>('dialog.embed') as HTMLDialogElement;
	const linkInput = $<HTMLInputElement>('input.share-link');
	const controls = $<HTMLInputElement>('input.show-controls');
	const maxHeightInput = $<HTMLInputElement>('input.max-height') as HTMLInputElement;
	const responsive = $<HTMLTextAreaElement>('textarea.responsive') as HTMLTextAreaElement;
	const fixed = $<HTMLTextAreaElement>('textarea.fixed') as HTMLTextAreaElement;
	const previewFrame = $<HTMLTemplateElement>('template.preview-frame') as HTMLTemplateElement;
	let preview: HTMLIFrameElement | undefined;
	let embedUrl = '';
	let fullUrl = '';

	const setStatus = (text: string) => root.querySelectorAll('.status').forEach((s) => (s.textContent = text));

	/** The snippets and the preview for the options as they stand. */
	function refresh() {
		const maxHeight = parseMaxHeight(`maxheight=${maxHeightInput.value}`);
		const hideControls = controls ? !controls.checked : false;
		const snippets = embedSnippets({
			src: embedUrl,
			fullUrl,
			pymScript: deps.pymScript,
			title: root.dataset.title ?? '',
			height: Number(root.dataset.height),
			maxHeight,
			hideControls
		});
		responsive.value = snippets.responsive;
		fixed.value = snippets.fixed;
		const src = embedSrc(embedUrl, { maxHeight, hideControls });
		if (!preview) {
			preview = previewFrame.content.firstElementChild!.cloneNode() as HTMLIFrameElement;
			previewFrame.after(preview);
		}
		preview.title = root.dataset.title ?? '';
		// Only a changed address reloads the preview.
		if (preview.src !== src) preview.src = src;
	}

	async function copyText(field: HTMLInputElement | HTMLTextAreaElement) {
		try {
			await navigator.clipboard.writeText(field.value);
			setStatus(copy.share.copied);
		} catch {
			field.select();
			setStatus(copy.share.copyFailed);
		}
	}

	function onclick(e: Event) {
		const button = (e.target as Element).closest('button');
		if (!button) return;
		const action = button.dataset.action;
		if (action === 'share' && shareDialog && linkInput) {
			linkInput.value = deps.absolute(root.dataset.view ?? '/');
			setStatus('');
			shareDialog.showModal();
			linkInput.select();
		} else if (action === 'embed') {
			embedUrl = deps.absolute(root.dataset.embed ?? '/');
			fullUrl = deps.absolute(root.dataset.full ?? root.dataset.view ?? '/');
			setStatus('');
			refresh();
			embedDialog.showModal();
		} else if (action === 'copy-link' && linkInput) copyText(linkInput);
		else if (action === 'copy-responsive') copyText(responsive);
		else if (action === 'copy-fixed') copyText(fixed);
		else if (action === 'close') (button.closest('dialog') as HTMLDialogElement).close();
	}
	const oninput = (e: Event) => {
		if (e.target === controls || e.target === maxHeightInput) refresh();
	};
	const onfocusin = (e: Event) => {
		if (e.target === linkInput) linkInput?.select();
	};
	root.addEventListener('click', onclick);
	root.addEventListener('input', oninput);
	root.addEventListener('focusin', onfocusin);
	return () => {
		root.removeEventListener('click', onclick);
		root.removeEventListener('input', oninput);
		root.removeEventListener('focusin', onfocusin);
	};
}
