import { useId, useState } from "react";

/**
 * A single-use set-password link for admin to pass on (no email is sent): shown once, in a
 * field that selects itself, with a copy button.
 */
export function PasswordLink({ url, name }: { url: string; name: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="callout" role="status">
      <p>
        <strong>Pass this link on to {name}.</strong> It sets their password, works once, and expires in 72 hours. It is
        shown only now.
      </p>
      <div className="field">
        <label htmlFor={id}>Set-password link</label>
        <input id={id} type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
      </div>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          void navigator.clipboard?.writeText(url).then(() => setCopied(true));
        }}
      >
        {copied ? "Copied" : "Copy the link"}
      </button>
    </div>
  );
}
