import { useMemo, type Ref } from 'react';
import type { Finding } from '../../content-guard/guard';
import { segmentText } from './textSegments';
import classes from './GuardedTextarea.module.css';

interface GuardedTextareaProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  findings: readonly Finding[];
  placeholder: string;
  describedBy: string;
  maxLength: number;
  textareaRef: Ref<HTMLTextAreaElement>;
}

/**
 * The draft with the guard's findings highlighted under the words they are about. The marks
 * are React text nodes cut at the guard's UTF-16 offsets, never HTML: pasted markup stays text.
 */
export function GuardedTextarea({ id, value, onChange, findings, placeholder, describedBy, maxLength, textareaRef }: GuardedTextareaProps) {
  const segments = useMemo(() => segmentText(value, findings), [value, findings]);
  return (
    <div className={classes.frame}>
      <div className={classes.backdrop} aria-hidden data-testid="draft-highlights">
        {segments.map((segment) =>
          segment.severity === null ? (
            segment.text
          ) : (
            <mark key={segment.start} className={classes.mark} data-severity={segment.severity}>
              {segment.text}
            </mark>
          ),
        )}
        {/* A trailing newline needs something after it to take up its line. */}
        {'\u200b'}
      </div>
      <textarea
        id={id}
        ref={textareaRef}
        className={classes.input}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        placeholder={placeholder}
        aria-describedby={describedBy}
        maxLength={maxLength}
        spellCheck
        data-testid="draft-text"
      />
    </div>
  );
}
