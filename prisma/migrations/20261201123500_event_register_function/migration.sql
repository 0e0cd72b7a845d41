-- Hand-written: the decision of one registration under the event's row lock, in one round trip.
-- The application (modules/events/event-registrations.ts) checks what needs no lock first (scope,
-- suspension, the form) and turns each outcome into its message; this function only decides what
-- must be decided one at a time per event: the window, 每人限报, the same lawyer twice, a place or
-- the waitlist. It answers 'SETTLE' when an offer ran out or a free place waits for the waitlist:
-- the application then takes the slower path that settles the places first (event-places.ts).
CREATE FUNCTION event_register(
  p_event uuid, p_account uuid, p_lawyer uuid, p_id uuid, p_now timestamptz,
  p_fields jsonb, p_attachments jsonb, p_code_offset int,
  p_actor_id uuid, p_actor_name text, p_request_id text, p_ip text
) RETURNS TABLE (outcome text, state text, detail int, code text, "position" int)
LANGUAGE plpgsql AS $$
DECLARE
  e "Event"%ROWTYPE;
  v_held int;
  v_same boolean;
  v_total int;
  v_waiting int;
  v_state "RegistrationState";
  v_code text;
BEGIN
  SELECT * INTO e FROM "Event" WHERE id = p_event FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'NOT_FOUND'::text, NULL::text, NULL::int, NULL::text, NULL::int; RETURN;
  END IF;
  IF e.state <> 'PUBLISHED' THEN
    RETURN QUERY SELECT 'NOT_PUBLISHED'::text, NULL::text, NULL::int, NULL::text, NULL::int; RETURN;
  END IF;
  IF p_now < e."registrationOpensAt" OR p_now >= e."registrationClosesAt" THEN
    RETURN QUERY SELECT 'WINDOW'::text, NULL::text, NULL::int, NULL::text, NULL::int; RETURN;
  END IF;
  IF EXISTS (SELECT 1 FROM "EventRegistration" r WHERE r."eventId" = p_event
               AND r.state = 'OFFERED' AND r."offerExpiresAt" <= p_now)
     OR (e."placesTaken" < e.capacity AND e.waitlist AND EXISTS (
           SELECT 1 FROM "EventRegistration" r WHERE r."eventId" = p_event AND r.state = 'WAITLISTED'))
  THEN
    RETURN QUERY SELECT 'SETTLE'::text, NULL::text, NULL::int, NULL::text, NULL::int; RETURN;
  END IF;
  SELECT
    count(*) FILTER (WHERE r."accountId" = p_account AND r.state IN
      ('REGISTERED', 'WAITLISTED', 'OFFERED', 'ON_LEAVE', 'ATTENDED', 'NO_SHOW'))::int,
    coalesce(bool_or(r."lawyerId" = p_lawyer AND r.state IN
      ('REGISTERED', 'WAITLISTED', 'OFFERED', 'ON_LEAVE', 'ATTENDED', 'NO_SHOW')), false),
    count(*)::int,
    count(*) FILTER (WHERE r.state = 'WAITLISTED')::int
  INTO v_held, v_same, v_total, v_waiting
  FROM "EventRegistration" r WHERE r."eventId" = p_event;
  IF v_same THEN
    RETURN QUERY SELECT 'SAME'::text, NULL::text, NULL::int, NULL::text, NULL::int; RETURN;
  END IF;
  IF v_held >= e."perAccountLimit" THEN
    RETURN QUERY SELECT 'LIMIT'::text, NULL::text, e."perAccountLimit", NULL::text, NULL::int; RETURN;
  END IF;
  IF e."placesTaken" < e.capacity THEN
    v_state := 'REGISTERED';
    UPDATE "Event" SET "placesTaken" = "placesTaken" + 1, "updatedAt" = p_now WHERE id = p_event;
  ELSIF e.waitlist THEN
    v_state := 'WAITLISTED';
  ELSE
    RETURN QUERY SELECT 'FULL'::text, NULL::text, NULL::int, NULL::text, NULL::int; RETURN;
  END IF;
  v_code := lpad(((v_total::bigint * 7919 + p_code_offset) % 1000000)::text, 6, '0');
  INSERT INTO "EventRegistration" (id, "eventId", "accountId", "lawyerId", state, name, gender,
    workplace, position, phone, mobile, email, "checkInCode", "waitlistedAt", "createdAt", "updatedAt")
  VALUES (p_id, p_event, p_account, p_lawyer, v_state, p_fields->>'name',
    (p_fields->>'gender')::"Gender", p_fields->>'workplace', p_fields->>'position',
    p_fields->>'phone', p_fields->>'mobile', p_fields->>'email',
    v_code,
    CASE WHEN v_state = 'WAITLISTED' THEN p_now END, p_now, p_now);
  INSERT INTO "EventAttachment" (id, "registrationId", filename, "contentType", size, key, "createdAt")
  SELECT a.id, p_id, a.filename, a."contentType", a.size, a.key, p_now
  FROM jsonb_to_recordset(p_attachments)
    AS a(id uuid, filename text, "contentType" text, size int, key text);
  INSERT INTO "AuditEntry" (id, "actorId", "actorName", action, "entityType", "entityId", after,
    "requestId", ip, "createdAt")
  VALUES (gen_random_uuid(), p_actor_id, p_actor_name, 'event.registered', 'EventRegistration',
    p_id::text, jsonb_build_object('eventId', p_event, 'lawyerId', p_lawyer, 'state', v_state,
      'attachments', jsonb_array_length(p_attachments)),
    p_request_id, p_ip, p_now);
  RETURN QUERY SELECT 'OK'::text, v_state::text, NULL::int, v_code,
    CASE WHEN v_state = 'WAITLISTED' THEN v_waiting + 1 END;
END
$$;
