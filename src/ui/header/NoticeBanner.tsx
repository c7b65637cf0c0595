import { useAppStore } from '../../store/context.tsx';

/** A one-off message (unreadable saved state, bad share link) the user can dismiss. */
export function NoticeBanner() {
  const notice = useAppStore((s) => s.ui.notice);
  const setNotice = useAppStore((s) => s.setNotice);
  if (notice === null) return null;
  return (
    <div className="notice" role="status">
      <p>{notice}</p>
      <button type="button" className="btn btn-small" onClick={() => setNotice(null)}>Dismiss</button>
    </div>
  );
}
