import type { ClipboardEvent } from "react";
import type { UseFormReturn } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { graphemeLength } from "@/lib/messages/graphemes";
import {
  coordinateProblem,
  type LocationValues,
  PLACE_TEXT_MAX,
  parseCoordinate,
  splitCoordinatePair,
} from "@/lib/messages/location";
import type { SessionMessageRequest } from "@/lib/messages/request";

type LocationForm = UseFormReturn<LocationValues, unknown, SessionMessageRequest>;

export function LocationFields({ form, values }: { form: LocationForm; values: LocationValues }) {
  const errors = form.formState.errors.message;
  const latitude = values.message?.latitude ?? "";
  const longitude = values.message?.longitude ?? "";
  const name = values.message?.name ?? "";
  const address = values.message?.address ?? "";
  const placed = !coordinateProblem("latitude", latitude) && !coordinateProblem("longitude", longitude);
  const [lat, lon] = [parseCoordinate(latitude), parseCoordinate(longitude)];

  // Map apps copy a point as "37.7749, -122.4194": pasted into either field, it fills both. One number pastes as usual.
  const pastePair = (event: ClipboardEvent<HTMLInputElement>) => {
    const pair = splitCoordinatePair(event.clipboardData.getData("text"));
    if (!pair) return;
    event.preventDefault();
    form.setValue("message.latitude", pair.latitude, { shouldDirty: true, shouldValidate: true });
    form.setValue("message.longitude", pair.longitude, { shouldDirty: true, shouldValidate: true });
  };

  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="latitude"
          label="Latitude"
          required
          error={errors?.latitude?.message}
          hint="Decimal degrees, -90 to 90. Paste “37.7749, -122.4194” into either field to fill both."
        >
          {(control) => (
            <input
              {...control}
              {...form.register("message.latitude")}
              onPaste={pastePair}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              placeholder="37.7749"
              className={`${inputClass} tabular-nums`}
            />
          )}
        </Field>
        <Field
          id="longitude"
          label="Longitude"
          required
          error={errors?.longitude?.message}
          hint="Decimal degrees, -180 to 180."
        >
          {(control) => (
            <input
              {...control}
              {...form.register("message.longitude")}
              onPaste={pastePair}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              placeholder="-122.4194"
              className={`${inputClass} tabular-nums`}
            />
          )}
        </Field>
      </div>
      {placed ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Check the point on{" "}
          <a
            href={`https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`}
            target="_blank"
            rel="noopener noreferrer"
            className="font-medium text-brand-700 dark:text-brand-300 underline underline-offset-2"
          >
            OpenStreetMap
          </a>
          .
        </p>
      ) : null}
      <Field
        id="place-name"
        label="Place name"
        error={errors?.name?.message}
        counter={{ count: graphemeLength(name), max: PLACE_TEXT_MAX }}
        hint="Shown in bold under the map."
      >
        {(control) => (
          <input
            {...control}
            {...form.register("message.name")}
            dir="auto"
            autoComplete="off"
            placeholder="Optional"
            className={inputClass}
          />
        )}
      </Field>
      <Field
        id="address"
        label="Address"
        error={errors?.address?.message}
        counter={{ count: graphemeLength(address), max: PLACE_TEXT_MAX }}
      >
        {(control) => (
          <input
            {...control}
            {...form.register("message.address")}
            dir="auto"
            autoComplete="off"
            placeholder="Optional"
            className={inputClass}
          />
        )}
      </Field>
    </>
  );
}
