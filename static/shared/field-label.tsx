import { Label } from '@atlaskit/form/label/default';
import VisuallyHidden from '@atlaskit/visually-hidden';

/** Atlaskit's field label, or one only screen readers hear (a list row whose place already names the field). */
export function FieldLabel({ htmlFor, hidden = false, children }: { htmlFor: string; hidden?: boolean | undefined; children: string }) {
  return hidden ? (
    <VisuallyHidden>
      <label htmlFor={htmlFor}>{children}</label>
    </VisuallyHidden>
  ) : (
    <Label htmlFor={htmlFor}>{children}</Label>
  );
}
