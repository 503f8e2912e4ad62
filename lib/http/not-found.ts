import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";

/** For pages: a record the actor may not see renders the 404 page, exactly like a missing one. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
