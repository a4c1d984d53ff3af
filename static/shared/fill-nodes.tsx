import { Fragment, type ReactNode } from 'react';

/**
 * A translated text whose `{name}` placeholders are parts of the screen (a person's name, a time):
 * "{verb} by {person} {when}" in English, "{verb} von {person} {when}" in German. A placeholder
 * without a part stays as written, so it shows.
 */
export function FillNodes({ text, parts }: { text: string; parts: Readonly<Record<string, ReactNode>> }) {
  const pieces = text.split(/(\{\w+\})/);
  return (
    <>
      {pieces.map((piece, i) => {
        const name = /^\{(\w+)\}$/.exec(piece)?.[1];
        const part = name !== undefined && Object.prototype.hasOwnProperty.call(parts, name) ? parts[name] : piece;
        return <Fragment key={i}>{part}</Fragment>;
      })}
    </>
  );
}
