// Domain errors with codes. The data layer throws them; entry points map them to one error shape
// (lib/http/api.ts for route handlers, lib/forms.ts for server actions).

export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  constructor(
    readonly code: "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "INVALID",
    message: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** The record does not exist, or the actor may not know it exists: both look the same. */
export class NotFoundError extends DomainError {
  constructor(what = "Record") {
    super("NOT_FOUND", `${what} not found`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You do not have permission to do that") {
    super("FORBIDDEN", message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor() {
    super("UNAUTHENTICATED", "Sign in to continue");
  }
}

/** Someone saved the record after the actor read it. */
export class ConflictError extends DomainError {
  constructor(
    readonly changedBy: string,
    readonly changedAt: Date,
  ) {
    super("CONFLICT", `This record was changed by ${changedBy} at ${formatConflictTime(changedAt)} since you opened it. Your changes have not been saved: review them and save again.`);
  }
}

export class ValidationError extends DomainError {
  constructor(
    readonly fields: FieldErrors,
    message = "Some fields need attention",
  ) {
    super("INVALID", message);
  }
}

function formatConflictTime(at: Date): string {
  return at.toLocaleString("en-GB", { timeZone: "Europe/London", dateStyle: "medium", timeStyle: "short" });
}
