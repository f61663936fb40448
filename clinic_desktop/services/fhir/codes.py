"""The code systems and value maps of the FHIR export (why each is chosen: services/fhir_export.py)."""

from __future__ import annotations

from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.outbox import Channel, MessageState
from clinic_desktop.domain.patients import ContactMethod

UCUM = "http://unitsofmeasure.org"
TOXIN_UNIT = {"unit": "U", "system": UCUM, "code": "[arb'U]"}
V2_IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203"
ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm"
BCP47 = "urn:ietf:bcp:47"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category"
CONTACT_RELATIONSHIP = "http://terminology.hl7.org/CodeSystem/v2-0131"
CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
LOINC = "http://loinc.org"
PARTICIPATION_MODE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationMode"
ADVERSE_EVENT_SEVERITY = "http://terminology.hl7.org/CodeSystem/adverse-event-severity"
ADVERSE_EVENT_OUTCOME = "http://terminology.hl7.org/CodeSystem/adverse-event-outcome"

# How a contact was made -> HL7 v3 ParticipationMode (a text message is written online).
CONTACT_MODE: dict[ContactMethod, tuple[str, str]] = {
    ContactMethod.PHONE: ("PHONE", "telephone"),
    ContactMethod.SMS: ("ONLINEWRIT", "online written"),
    ContactMethod.EMAIL: ("EMAILWRIT", "email"),
    ContactMethod.LETTER: ("MAILWRIT", "mail"),
}

#: How a message to the patient went (FHIR R4 EventStatus): queued or being sent is in
#: preparation, a failed one stopped, a withdrawn one was not done.
MESSAGE_STATUS: dict[MessageState, str] = {
    MessageState.QUEUED: "preparation",
    MessageState.SENDING: "in-progress",
    MessageState.SENT: "completed",
    MessageState.FAILED: "stopped",
    MessageState.WITHDRAWN: "not-done",
}
MESSAGE_MODE: dict[Channel, tuple[str, str]] = {
    Channel.EMAIL: CONTACT_MODE[ContactMethod.EMAIL],
    Channel.SMS: CONTACT_MODE[ContactMethod.SMS],
}

# Ours -> FHIR R4 AppointmentStatus (http://hl7.org/fhir/R4/valueset-appointmentstatus.html).
# "confirmed" has no FHIR status of its own (booked covers it); a patient in the room has finished
# checking in and is waiting for the encounter, which is FHIR's "checked-in".
APPOINTMENT_STATUS: dict[AppointmentStatus, str] = {
    AppointmentStatus.BOOKED: "booked",
    AppointmentStatus.CONFIRMED: "booked",
    AppointmentStatus.ARRIVED: "arrived",
    AppointmentStatus.IN_ROOM: "checked-in",
    AppointmentStatus.COMPLETED: "fulfilled",
    AppointmentStatus.CANCELLED: "cancelled",
    AppointmentStatus.NO_SHOW: "noshow",
}
GENDER = {"female": "female", "male": "male", "other": "other"}
ALLERGY_SEVERITY = ("mild", "moderate", "severe")
