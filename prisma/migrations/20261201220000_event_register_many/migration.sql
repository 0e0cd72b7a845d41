-- Hand-written: event_register_many decides a batch of registrations for one event in their order,
-- as event_register decided each (20261201184117_event_registrations_made says what): the window,
-- the same lawyer twice (also twice in one batch), 每人限报 for a firm or an office, a place or the
-- waitlist, and the 签到码 from the event's counter. What event_register did once per registration
-- it does once per batch: lock the event, check that nothing waits to be settled, update the event,
-- and write the registrations, their files and their audit rows, each in one statement.
--
-- Measured in a rush of 2,000 for 100 places (bench/events.ts), a batch of 50 through
-- event_register took ~9 ms on an idle database; the probe for a waiting list while places are free
-- also read every registration of every event (the planner chose a sequential scan under EXISTS,
-- expecting an early match; a new event has none): 1.2–18 ms under the lock for each of an event's
-- first registrations. It is a scalar subquery in the index's order here.
--
-- Outcomes per registration: 'OK' (state, 签到码), 'NOT_FOUND', 'NOT_PUBLISHED', 'WINDOW', 'SAME',
-- 'LIMIT' (detail: the limit), 'FULL', and 'SETTLE' for the whole batch when an offer ran out or a
-- free place waits for the waitlist: the caller settles the places first and asks again.
DROP FUNCTION event_register(uuid, uuid, uuid, uuid, timestamptz, jsonb, jsonb, int, uuid, text, text, text);

CREATE FUNCTION event_register_many(p_event uuid, p_turns jsonb)
RETURNS TABLE (outcome text, state text, detail int, code text)
LANGUAGE plpgsql AS $$
DECLARE
  e "Event"%ROWTYPE;
  v_count int := jsonb_array_length(p_turns);
  v_outcome text[] := array_fill(NULL::text, ARRAY[v_count]);
  v_state text[] := array_fill(NULL::text, ARRAY[v_count]);
  v_detail int[] := array_fill(NULL::int, ARRAY[v_count]);
  v_code text[] := array_fill(NULL::text, ARRAY[v_count]);
  v_taken_lawyers uuid[];
  v_self int[];
  v_ok int[] := '{}';
  v_ok_lawyers uuid[] := '{}';
  v_ok_accounts uuid[] := '{}';
  v_taken int;
  v_made int;
  v_held int;
  v_missing int[];
  v_now timestamptz;
  t record;
  m int;
BEGIN
  SELECT * INTO e FROM "Event" WHERE id = p_event FOR UPDATE;
  IF NOT FOUND OR e.state <> 'PUBLISHED' THEN
    RETURN QUERY SELECT CASE WHEN e.id IS NULL THEN 'NOT_FOUND' ELSE 'NOT_PUBLISHED' END,
      NULL::text, NULL::int, NULL::text FROM generate_series(1, v_count);
    RETURN;
  END IF;
  v_now := (SELECT max((x->>'now')::timestamptz) FROM jsonb_array_elements(p_turns) x);
  IF EXISTS (SELECT 1 FROM "EventRegistration" r WHERE r."eventId" = p_event
               AND r.state = 'OFFERED' AND r."offerExpiresAt" <= v_now)
     OR (e."placesTaken" < e.capacity AND e.waitlist AND (
           SELECT r.id FROM "EventRegistration" r WHERE r."eventId" = p_event AND r.state = 'WAITLISTED'
           ORDER BY r."eventId", r.state, r."createdAt" LIMIT 1) IS NOT NULL)
  THEN
    RETURN QUERY SELECT 'SETTLE'::text, NULL::text, NULL::int, NULL::text
      FROM generate_series(1, v_count);
    RETURN;
  END IF;

  -- The batch's lawyers who already hold a registration, and the turns of a lawyer registering
  -- themself (每人限报 binds the others: a firm or an office registering its lawyers).
  SELECT coalesce(array_agg(r."lawyerId"), '{}') INTO v_taken_lawyers
  FROM "EventRegistration" r
  WHERE r."eventId" = p_event
    AND r."lawyerId" IN (SELECT (x->>'lawyer')::uuid FROM jsonb_array_elements(p_turns) x)
    AND r.state IN ('REGISTERED', 'WAITLISTED', 'OFFERED', 'ON_LEAVE', 'ATTENDED', 'NO_SHOW');
  SELECT coalesce(array_agg(x.n::int), '{}') INTO v_self
  FROM jsonb_array_elements(p_turns) WITH ORDINALITY x(turn, n)
    JOIN "Lawyer" l ON l.id = (x.turn->>'lawyer')::uuid AND l."accountId" = (x.turn->>'account')::uuid;

  v_taken := e."placesTaken";
  FOR t IN SELECT x.n::int AS n, x.turn FROM jsonb_array_elements(p_turns) WITH ORDINALITY x(turn, n)
           ORDER BY x.n
  LOOP
    IF (t.turn->>'now')::timestamptz < e."registrationOpensAt"
       OR (t.turn->>'now')::timestamptz >= e."registrationClosesAt" THEN
      v_outcome[t.n] := 'WINDOW'; CONTINUE;
    END IF;
    IF (t.turn->>'lawyer')::uuid = ANY(v_taken_lawyers)
       OR (t.turn->>'lawyer')::uuid = ANY(v_ok_lawyers) THEN
      v_outcome[t.n] := 'SAME'; CONTINUE;
    END IF;
    IF NOT t.n = ANY(v_self) THEN
      SELECT count(*)::int INTO v_held FROM "EventRegistration" r
      WHERE r."accountId" = (t.turn->>'account')::uuid AND r."eventId" = p_event AND r.state IN
        ('REGISTERED', 'WAITLISTED', 'OFFERED', 'ON_LEAVE', 'ATTENDED', 'NO_SHOW');
      v_held := v_held + coalesce(cardinality(array_positions(v_ok_accounts, (t.turn->>'account')::uuid)), 0);
      IF v_held >= e."perAccountLimit" THEN
        v_outcome[t.n] := 'LIMIT'; v_detail[t.n] := e."perAccountLimit"; CONTINUE;
      END IF;
    END IF;
    IF v_taken < e.capacity THEN
      v_state[t.n] := 'REGISTERED';
      v_taken := v_taken + 1;
    ELSIF e.waitlist THEN
      v_state[t.n] := 'WAITLISTED';
    ELSE
      v_outcome[t.n] := 'FULL'; CONTINUE;
    END IF;
    v_outcome[t.n] := 'OK';
    v_ok := v_ok || t.n;
    v_ok_lawyers := v_ok_lawyers || (t.turn->>'lawyer')::uuid;
    v_ok_accounts := v_ok_accounts || (t.turn->>'account')::uuid;
    -- The k-th registration's 签到码: a bijection of 0…999,999 keyed by the event (7,919 is prime
    -- to 10^6), so codes do not run in order.
    v_code[t.n] := lpad((((e."registrationsMade" + cardinality(v_ok) - 1)::bigint * 7919
      + (t.turn->>'codeOffset')::int) % 1000000)::text, 6, '0');
  END LOOP;
  v_made := e."registrationsMade" + cardinality(v_ok);

  IF cardinality(v_ok) > 0 THEN
    -- A code already taken (a registration written some other way) leaves its turn out here; the
    -- loop below gives it the next free number. The unique index decides, with no lookup first.
    WITH written AS (
      INSERT INTO "EventRegistration" (id, "eventId", "accountId", "lawyerId", state, name, gender,
        workplace, position, phone, mobile, email, "checkInCode", "waitlistedAt", "createdAt",
        "updatedAt")
      SELECT (x.turn->>'id')::uuid, p_event, (x.turn->>'account')::uuid, (x.turn->>'lawyer')::uuid,
        v_state[x.n::int]::"RegistrationState", x.turn->'fields'->>'name',
        (x.turn->'fields'->>'gender')::"Gender", x.turn->'fields'->>'workplace',
        x.turn->'fields'->>'position', x.turn->'fields'->>'phone', x.turn->'fields'->>'mobile',
        x.turn->'fields'->>'email', v_code[x.n::int],
        CASE WHEN v_state[x.n::int] = 'WAITLISTED' THEN (x.turn->>'now')::timestamptz END,
        (x.turn->>'now')::timestamptz, (x.turn->>'now')::timestamptz
      FROM jsonb_array_elements(p_turns) WITH ORDINALITY x(turn, n)
      WHERE x.n = ANY(v_ok)
      ORDER BY x.n
      ON CONFLICT ("eventId", "checkInCode") DO NOTHING
      RETURNING id)
    SELECT coalesce(array_agg(x.n::int ORDER BY x.n), '{}') INTO v_missing
    FROM jsonb_array_elements(p_turns) WITH ORDINALITY x(turn, n)
    WHERE x.n = ANY(v_ok) AND (x.turn->>'id')::uuid NOT IN (SELECT id FROM written);

    FOREACH m IN ARRAY v_missing LOOP
      LOOP
        v_code[m] := lpad(((v_made::bigint * 7919 + (p_turns->(m - 1)->>'codeOffset')::int)
          % 1000000)::text, 6, '0');
        v_made := v_made + 1;
        INSERT INTO "EventRegistration" (id, "eventId", "accountId", "lawyerId", state, name,
          gender, workplace, position, phone, mobile, email, "checkInCode", "waitlistedAt",
          "createdAt", "updatedAt")
        SELECT (x->>'id')::uuid, p_event, (x->>'account')::uuid, (x->>'lawyer')::uuid,
          v_state[m]::"RegistrationState", x->'fields'->>'name', (x->'fields'->>'gender')::"Gender",
          x->'fields'->>'workplace', x->'fields'->>'position', x->'fields'->>'phone',
          x->'fields'->>'mobile', x->'fields'->>'email', v_code[m],
          CASE WHEN v_state[m] = 'WAITLISTED' THEN (x->>'now')::timestamptz END,
          (x->>'now')::timestamptz, (x->>'now')::timestamptz
        FROM (SELECT p_turns->(m - 1) AS x) one
        ON CONFLICT ("eventId", "checkInCode") DO NOTHING;
        EXIT WHEN FOUND;
      END LOOP;
    END LOOP;

    UPDATE "Event" SET "registrationsMade" = v_made, "placesTaken" = v_taken, "updatedAt" = v_now
    WHERE id = p_event;

    INSERT INTO "EventAttachment" (id, "registrationId", filename, "contentType", size, key,
      "createdAt")
    SELECT a.id, (x.turn->>'id')::uuid, a.filename, a."contentType", a.size, a.key,
      (x.turn->>'now')::timestamptz
    FROM jsonb_array_elements(p_turns) WITH ORDINALITY x(turn, n)
      CROSS JOIN LATERAL jsonb_to_recordset(x.turn->'attachments')
        AS a(id uuid, filename text, "contentType" text, size int, key text)
    WHERE x.n = ANY(v_ok);

    INSERT INTO "AuditEntry" (id, "actorId", "actorName", action, "entityType", "entityId", after,
      "requestId", ip, "createdAt")
    SELECT gen_random_uuid(), (x.turn->>'actorId')::uuid, x.turn->>'actorName', 'event.registered',
      'EventRegistration', x.turn->>'id',
      jsonb_build_object('eventId', p_event, 'lawyerId', (x.turn->>'lawyer')::uuid,
        'state', v_state[x.n::int], 'attachments', jsonb_array_length(x.turn->'attachments')),
      x.turn->>'requestId', x.turn->>'ip', (x.turn->>'now')::timestamptz
    FROM jsonb_array_elements(p_turns) WITH ORDINALITY x(turn, n)
    WHERE x.n = ANY(v_ok)
    ORDER BY x.n;
  END IF;

  RETURN QUERY SELECT o.outcome, o.state, o.detail, o.code
    FROM unnest(v_outcome, v_state, v_detail, v_code) WITH ORDINALITY AS o(outcome, state, detail, code, n)
    ORDER BY o.n;
END
$$;
