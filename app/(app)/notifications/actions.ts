"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/actor";
import { markRead } from "@/lib/dal/notifications";

/** Marks every notification of the signed-in user as read (the bell's count is in the layout). */
export async function markAllReadAction(): Promise<void> {
  const actor = await requireActor();
  await markRead(actor);
  revalidatePath("/", "layout");
}

/** Marks one of the signed-in user's notifications as read; another user's id changes nothing. */
export async function markOneReadAction(id: string): Promise<void> {
  const actor = await requireActor();
  await markRead(actor, id);
  revalidatePath("/", "layout");
}
