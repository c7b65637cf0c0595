/** A plain-words message with `ticked` values (the diff's "parameter `a3` is `2 q` here…") shown as code. */
export function Ticked({ text }: { text: string }) {
  const pieces = text.split('`');
  // An odd number of backticks leaves the last one unmatched: show it as written.
  const closed = pieces.length % 2 === 1;
  return (
    <>
      {pieces.map((piece, i) => {
        const code = i % 2 === 1 && (closed || i < pieces.length - 1);
        if (code && piece === '') return <code key={i} className="why-value why-empty">(empty)</code>;
        if (code) return <code key={i} className="why-value">{piece}</code>;
        return <span key={i}>{i % 2 === 1 ? `\`${piece}` : piece}</span>;
      })}
    </>
  );
}
