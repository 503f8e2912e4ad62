import "server-only";
import { forbidden } from "next/navigation";
import { ForbiddenError } from "@/lib/errors";

/** People at risk are for police and partners: anyone else (the data layer refuses) gets the 403 page. */
export async function orForbidden<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}
