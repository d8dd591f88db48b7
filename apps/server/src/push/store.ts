import { randomUUID } from "node:crypto";
import { type Kysely, PostgresAdapter } from "kysely";
import type { Database, PushSubscriptionsTable } from "../db/schema.ts";

/** CR16: devices with push on, per person. */
export const MAX_SUBSCRIPTIONS_PER_PERSON = 10;

export interface NewSubscription {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export type StoredSubscription = Pick<PushSubscriptionsTable, "id" | "endpoint" | "p256dh" | "auth">;

/** Push subscriptions in the database. Every call names the person: nothing reaches another's rows. */
export function createPushStore(db: Kysely<Database>) {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  return {
    /**
     * Saves this device's subscription for this person. The endpoint is the device, so an endpoint
     * already known (a renewed subscription, or a shared device where another person turned push
     * on before) is moved to this person with its new keys rather than stored twice.
     */
    async subscribe(userId: string, subscription: NewSubscription, now: Date): Promise<"saved" | "tooMany"> {
      return db.transaction().execute(async (trx) => {
        // The person's row lock keeps two devices subscribing at once from both taking the 10th
        // place (PostgreSQL; SQLite has one writer anyway).
        const person = trx.selectFrom("users").select("id").where("id", "=", userId);
        await (postgres ? person.forUpdate() : person).execute();
        const others = await trx
          .selectFrom("push_subscriptions")
          .select((eb) => eb.fn.countAll<number>().as("count"))
          .where("user_id", "=", userId)
          .where("endpoint", "!=", subscription.endpoint)
          .executeTakeFirstOrThrow();
        if (Number(others.count) >= MAX_SUBSCRIPTIONS_PER_PERSON) return "tooMany";
        await trx
          .insertInto("push_subscriptions")
          .values({
            id: randomUUID(),
            user_id: userId,
            endpoint: subscription.endpoint,
            p256dh: subscription.p256dh,
            auth: subscription.auth,
            created_at: now.toISOString(),
            last_sent_at: null,
          })
          .onConflict((conflict) =>
            conflict.column("endpoint").doUpdateSet({
              user_id: userId,
              p256dh: subscription.p256dh,
              auth: subscription.auth,
            }),
          )
          .execute();
        return "saved";
      });
    },

    /** Removes this person's subscription for the endpoint; someone else's, or none, is left alone. */
    async unsubscribe(userId: string, endpoint: string): Promise<void> {
      await db
        .deleteFrom("push_subscriptions")
        .where("user_id", "=", userId)
        .where("endpoint", "=", endpoint)
        .execute();
    },

    listFor(userId: string): Promise<StoredSubscription[]> {
      return db
        .selectFrom("push_subscriptions")
        .select(["id", "endpoint", "p256dh", "auth"])
        .where("user_id", "=", userId)
        .execute();
    },

    /**
     * Takes this device's turn to ring, if it has not rung in the last `gapMs`. One conditional
     * update, so two boxes arriving together (or on two instances) ring the device once.
     */
    async claimTurn(id: string, now: Date, gapMs: number): Promise<boolean> {
      const earliest = new Date(now.getTime() - gapMs).toISOString();
      const result = await db
        .updateTable("push_subscriptions")
        .set({ last_sent_at: now.toISOString() })
        .where("id", "=", id)
        .where((eb) => eb.or([eb("last_sent_at", "is", null), eb("last_sent_at", "<=", earliest)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** The push service says the subscription is gone (404/410). */
    async remove(id: string): Promise<void> {
      await db.deleteFrom("push_subscriptions").where("id", "=", id).execute();
    },
  };
}

export type PushStore = ReturnType<typeof createPushStore>;
