import { requirePermission } from "@/lib/auth/actor";

/**
 * The permission check sits here, above loading.tsx: once the loading state has streamed the
 * status is 200 and cannot change, so a page refused inside it would not answer 403.
 */
export default async function LocationListLayout({ children }: { children: React.ReactNode }) {
  await requirePermission("records:read");
  return children;
}
