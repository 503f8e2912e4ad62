// What the location form held when it was re-submitted as a GET to narrow the neighbourhood list.
import type { FormParams } from "@/components/forms/form-params";
import { LOCATION_FLAGS, LOCATION_TYPE } from "@/lib/domain/case-record";
import type { LocationFormValues } from "./location-form";

export function locationFormParams(q: FormParams): Partial<LocationFormValues> {
  return {
    address: q.text("address", 300),
    postcode: q.text("postcode", 10),
    neighbourhoodId: q.text("neighbourhoodId", 36),
    type: q.oneOf("type", LOCATION_TYPE.values),
    flags: q.list("flags").filter((f) => (LOCATION_FLAGS.values as readonly string[]).includes(f)),
    latitude: q.text("latitude", 30),
    longitude: q.text("longitude", 30),
    notes: q.text("notes", 20_000),
  };
}
