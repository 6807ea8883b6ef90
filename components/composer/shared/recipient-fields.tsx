import type { ChangeEvent, FocusEvent, ReactNode } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import { nameForRecipient, normalizeRecipient } from "@/lib/messages/recipient";
import { useComposerSeed } from "./composer-seed";
import { type RecipientSuggestion, useConnectlyTarget } from "./connectly-target";
import { EnvelopeCard, RecipientNameField, SenderField } from "./envelope-parts";
import { FixedEnvelope } from "./fixed-envelope";
import { keepTypedNameAside, typedNameAside } from "./recipient-name-memory";

interface RecipientFieldsProps {
  senders: string[];
  /** Offered as the Recipient field's list; the page's (the sandbox's demo customers) when not given. */
  suggestions?: RecipientSuggestion[];
  /** Templates have no field for a display name, so their composer does not ask for one. */
  withName?: boolean;
  recipientHint?: string;
  /** Shown under the fields, inside the card: the customer's 24-hour window (not in a conversation, whose header shows it). */
  children?: ReactNode;
}

/**
 * Who the message goes to and which business number sends it. A page that fixes them (an inbox thread, whose reply
 * goes to its customer from the number they wrote to) gets them shown instead of asked.
 */
export function RecipientFields(props: RecipientFieldsProps) {
  const { fixedEnvelope } = useComposerSeed();
  if (fixedEnvelope) {
    return <FixedEnvelope envelope={fixedEnvelope} senders={props.senders} withName={props.withName ?? true} />;
  }
  return <EditableEnvelope {...props} />;
}

/**
 * People paste numbers in every form ("+1 (604) 444-1111", "1 604 444 1111"), and Connectly takes only E.164: the
 * number becomes the one it will be sent as when it is pasted and when the field is left, and the hint says that
 * number while it is being typed, so what is sent is never a surprise.
 */
function EditableEnvelope({
  senders,
  withName = true,
  recipientHint = "Country code first, e.g. +1 604 444 1111, or a BSUID.",
  children,
  suggestions,
}: RecipientFieldsProps) {
  const { register, formState, setValue, getValues, control: formControl } = useFormContext<EnvelopeValues>();
  const target = useConnectlyTarget();
  const { draftScope } = useComposerSeed();
  const { defaultCountry } = target;
  const errors = formState.errors;
  const normalized = normalizeRecipient(useWatch({ control: formControl, name: "recipient.id" }) ?? "", defaultCountry);
  /** Puts the number `text` stands for in the field; false when it stands for none (then it stays as typed). */
  const applyNormalized = (text: string) => {
    const id = normalizeRecipient(text, defaultCountry);
    if (id === null) return false;
    if (id !== text) {
      setValue("recipient.id", id, { shouldDirty: true, shouldValidate: true });
      namePicked(id);
    }
    return true;
  };
  const guide = `${recipientHint} Without +, read as a ${defaultCountry} number.`;
  const hint = <RecipientHint said={normalized ? `Sent as ${normalized}.` : guide} guide={guide} />;
  const offered = suggestions ?? target.recipientSuggestions ?? [];
  // A known customer's number brings their name, so history lists and finds the send by it (nameForRecipient); the
  // name typed before it is kept aside, also over a reload, and given back if the number turns out not to be theirs.
  const namePicked = (text: string) => {
    if (!withName) return;
    const current = getValues("recipient.name") ?? "";
    const number = normalizeRecipient(text, defaultCountry) ?? text.trim();
    const { name, typed } = nameForRecipient(current, number, offered, typedNameAside(draftScope));
    keepTypedNameAside(typed, draftScope);
    if (name !== current) setValue("recipient.name", name, { shouldDirty: true });
  };
  const name = useWatch({ control: formControl, name: "recipient.name" }) ?? "";
  const knownName = offered.find((suggestion) => suggestion.number === normalized)?.name;
  return (
    <EnvelopeCard>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="recipient-id" label="Recipient" required error={errors.recipient?.id?.message} hint={hint}>
          {(control) => (
            <input
              {...control}
              {...register("recipient.id", {
                onBlur: (event: FocusEvent<HTMLInputElement>) => applyNormalized(event.target.value),
                onChange: (event: ChangeEvent<HTMLInputElement>) => namePicked(event.target.value),
              })}
              onPaste={(event) => {
                const input = event.currentTarget;
                const pasted = event.clipboardData.getData("text");
                const start = input.selectionStart ?? input.value.length;
                const end = input.selectionEnd ?? input.value.length;
                if (applyNormalized(input.value.slice(0, start) + pasted + input.value.slice(end)))
                  event.preventDefault();
              }}
              className={inputClass}
              type="tel"
              inputMode="tel"
              autoComplete="off"
              spellCheck={false}
              placeholder="+16044441111"
              list={offered.length > 0 ? "recipient-suggestions" : undefined}
            />
          )}
        </Field>
        {withName && (
          <RecipientNameField hint={<NameHint known={knownName && knownName === name ? knownName : ""} />} />
        )}
        <SenderField senders={senders} />
      </div>
      {offered.length > 0 && (
        <datalist id="recipient-suggestions">
          {offered.map((suggestion) => (
            <option key={suggestion.number} value={suggestion.number} label={suggestion.label} />
          ))}
        </datalist>
      )}
      {children}
    </EnvelopeCard>
  );
}

// The longest number Connectly takes (E.164 allows 15 digits), for the unseen copy that holds the hint's height.
const LONGEST_SENT_AS = `Sent as +${"9".repeat(15)}.`;

/**
 * The Recipient's hint: how to write the number, then, once it is whole, the number it will be sent as, in its place
 * rather than on a line added. Both are drawn unseen in the same place (as CSS content, which no search of the page,
 * screen reader or test finds), so the line is as high as the longer of them at this width and the number becoming
 * whole, as it is typed, pasted or left, never moves Send.
 */
function RecipientHint({ said, guide }: { said: string; guide: string }) {
  return (
    <span className="grid [&>*]:col-start-1 [&>*]:row-start-1">
      {[guide, LONGEST_SENT_AS].map((words) => (
        <span
          key={words}
          aria-hidden="true"
          data-words={words}
          className="invisible before:content-[attr(data-words)]"
        />
      ))}
      <span>{said}</span>
    </span>
  );
}

/**
 * Says whose name the Recipient name is when a known customer's number put it there, politely to a screen reader.
 * The line is always there, holding another sentence otherwise, and always two lines high, so neither the name
 * appearing nor a long one wrapping moves the Send button; a name longer than that is cut at the second line, whole
 * in the field above, in the title and to a screen reader. The status is always in the page too, since a live region
 * added with its words is often not read out.
 */
function NameHint({ known }: { known: string }) {
  const said = known ? `${known}: the name this customer uses.` : "";
  return (
    <span className="line-clamp-2 block min-h-[2lh] [overflow-wrap:anywhere]" title={said || undefined}>
      <span role="status">{said}</span>
      {known ? null : "History lists and finds the message by this name."}
    </span>
  );
}
