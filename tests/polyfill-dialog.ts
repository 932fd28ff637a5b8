/**
 * jsdom has <dialog> but not its modal methods: enough of showModal() and close() to drive
 * components that use them. Escape, inertness and the top layer are tested in the browser (e2e).
 */
export function polyfillDialog() {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
