import { useQuery, useQueryClient } from "@tanstack/react-query";
import { toString as qrSvg } from "qrcode";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { useFlash } from "../../../components/ui/flash";
import { FormAlert } from "../../../components/ui/form-alert";
import { FormField } from "../../../components/ui/form-field";
import { ErrorState, LoadingState } from "../../../components/ui/states";
import { SubmitButton } from "../../../components/ui/submit-button";
import { showProblemOnForm } from "../../../lib/form-errors";
import { formResolver } from "../../../lib/form-resolver";
import { type CodeInput, codeInput, passwordConfirmInput, type TwoStepSetup } from "../../../shared/schemas/users";
import { twoStepQuery, twoStepQueryKey, useTwoStepDisable, useTwoStepEnable, useTwoStepSetup } from "../api/account";

/** The secret in groups of four, as authenticator apps show keys typed by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

/** Two-step verification on Your account: set it up (QR code, key, a code to confirm, recovery codes once), or turn it off. */
export function TwoStepSection() {
  const status = useQuery(twoStepQuery());
  const queryClient = useQueryClient();
  const [recovery, setRecovery] = useState<string[] | null>(null);
  const done = () => {
    setRecovery(null);
    void queryClient.invalidateQueries({ queryKey: twoStepQueryKey });
  };
  return (
    <section className="work-item-form" aria-labelledby="two-step-title">
      <h2 id="two-step-title">Two-step verification</h2>
      {status.data?.viaOrganisation ? (
        <p>
          You signed in with your organisation account, so your organisation's sign-in asks for the second step.
          Two-step verification here is for signing in with a password.
        </p>
      ) : null}
      {recovery ? (
        <RecoveryCodes codes={recovery} onDone={done} />
      ) : status.isPending ? (
        <LoadingState label="Loading…" />
      ) : status.isError ? (
        <ErrorState title="This could not be loaded." onRetry={() => void status.refetch()} />
      ) : status.data.enabled ? (
        <TurnOff required={status.data.required} />
      ) : (
        <SetUp required={status.data.required} onEnabled={setRecovery} />
      )}
    </section>
  );
}

function SetUp({ required, onEnabled }: { required: boolean; onEnabled: (codes: string[]) => void }) {
  const setup = useTwoStepSetup();
  const [pending, setPending] = useState<TwoStepSetup | null>(null);
  return (
    <>
      <p>
        {required ? "Your role must use two-step verification. " : "Two-step verification is off. "}
        With it on, signing in needs a code from an authenticator app on your phone as well as your password.
      </p>
      {pending ? (
        <ConfirmCode setup={pending} onEnabled={onEnabled} />
      ) : (
        <>
          <FormAlert message={setup.isError ? "Could not start the set-up. Please try again." : undefined} />
          <button
            type="button"
            className="button"
            disabled={setup.isPending}
            onClick={() => void setup.mutateAsync().then(setPending)}
          >
            Set up two-step verification
          </button>
        </>
      )}
    </>
  );
}

function ConfirmCode({ setup, onEnabled }: { setup: TwoStepSetup; onEnabled: (codes: string[]) => void }) {
  const enable = useTwoStepEnable();
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // SVG, not a canvas: the same everywhere, and drawn without a canvas where there is none (tests).
    void qrSvg(setup.otpauthUrl, { type: "svg", margin: 1, width: 200 }).then((svg) => {
      if (live) setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [setup.otpauthUrl]);
  const form = useForm<CodeInput>({ resolver: formResolver(codeInput), defaultValues: { code: "" } });
  const submit = form.handleSubmit(async ({ code }) => {
    try {
      onEnabled((await enable.mutateAsync(code)).recoveryCodes);
    } catch (error) {
      showProblemOnForm(form, error, (path) => (path === "code" ? "code" : undefined));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <ol className="steps">
        <li>
          Scan this QR code with your authenticator app.
          <div>{qr ? <img src={qr} width={200} height={200} alt="QR code for your authenticator app" /> : null}</div>
        </li>
        <li>
          Or type this key into the app: <code className="secret">{grouped(setup.secret)}</code>
        </li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      <FormAlert message={form.formState.errors.root?.message} />
      <FormField label="Code from the app" error={form.formState.errors.code?.message} required>
        <input type="text" inputMode="numeric" autoComplete="one-time-code" {...form.register("code")} />
      </FormField>
      <SubmitButton disabled={form.formState.isSubmitting}>Turn on</SubmitButton>
    </form>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <div className="callout" role="status">
      <p>
        <strong>Two-step verification is on.</strong> Keep these recovery codes somewhere safe: if you lose your phone,
        each one signs you in once instead of a code. They are shown only now.
      </p>
      <ul className="recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onDone}>
        I have kept them
      </button>
    </div>
  );
}

function TurnOff({ required }: { required: boolean }) {
  const disable = useTwoStepDisable();
  const flash = useFlash();
  const form = useForm({ resolver: formResolver(passwordConfirmInput), defaultValues: { password: "" } });
  const submit = form.handleSubmit(async ({ password }) => {
    try {
      await disable.mutateAsync(password);
      flash.show("Two-step verification is off.");
    } catch (error) {
      showProblemOnForm(form, error, (path) => (path === "password" ? "password" : undefined));
    }
  });
  if (required) return <p>Two-step verification is on. Your role must use it, so it stays on.</p>;
  return (
    <form onSubmit={submit} noValidate>
      <p>Two-step verification is on: signing in asks for a code from your authenticator app.</p>
      <FormAlert message={form.formState.errors.root?.message} />
      <FormField label="Your password" error={form.formState.errors.password?.message} required>
        <input type="password" autoComplete="current-password" {...form.register("password")} />
      </FormField>
      <button type="submit" className="button button--secondary" disabled={form.formState.isSubmitting}>
        Turn off two-step verification
      </button>
    </form>
  );
}
