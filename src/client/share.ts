/**
 * Turns each share link into a button: the Web Share API where the browser
 * has it, otherwise the share page's URL copied to the clipboard. Without this
 * script the link still leads to the share page.
 */
const announce = (status: Element | null, message: string) => {
  if (!status) return;
  // Clearing first makes a repeated message count as new for screen readers.
  status.textContent = '';
  setTimeout(() => (status.textContent = message), 50);
};

async function share(url: string, title: string, status: Element | null) {
  if (navigator.share) {
    try {
      await navigator.share({ title, url });
      return announce(status, 'Shared.');
    } catch (error) {
      // The reader closed the share sheet: nothing to say.
      if ((error as Error).name === 'AbortError') return;
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    announce(status, `Link copied: ${url}`);
  } catch {
    announce(status, `Copy this link: ${url}`);
  }
}

for (const control of document.querySelectorAll<HTMLElement>('[data-share-url]')) {
  const link = control.querySelector('a');
  const { shareUrl = '', shareTitle = '' } = control.dataset;
  if (!link || !shareUrl) continue;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = link.textContent?.trim() ?? '';
  button.addEventListener('click', () => void share(shareUrl, shareTitle, control.querySelector('[role=status]')));
  link.replaceWith(button);
}
