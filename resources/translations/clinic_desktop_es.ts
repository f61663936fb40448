<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>&apos;{code}&apos; is not a country the holiday calendar knows. Use a two-letter code such as AT or US.</source>
        <translation>«{code}» no es un país que conozca el calendario de festivos. Use un código de dos letras, como AT o US.</translation>
    </message>
    <message>
        <source>Set the country before its subdivision (state, province or region).</source>
        <translation>Indique el país antes de su subdivisión (estado, provincia o región).</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a subdivision of {country}. Known: none.</source>
        <translation>«{code}» no es una subdivisión de {country}. Conocidas: ninguna.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a subdivision of {country}. Known: {sample}.</source>
        <translation>«{code}» no es una subdivisión de {country}. Conocidas: {sample}.</translation>
    </message>
    <message>
        <source>The reminder ({hours} hours before) must go before the second one ({second} hours before).</source>
        <translation>El recordatorio ({hours} horas antes) debe ir antes que el segundo ({second} horas antes).</translation>
    </message>
    <message>
        <source>The second reminder ({hours} hours before) must come after the first ({first} hours before).</source>
        <translation>El segundo recordatorio ({hours} horas antes) debe ir después del primero ({first} horas antes).</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nombre de la clínica:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Lock an idle window after:</source>
        <translation>&amp;Bloquear una ventana inactiva tras:</translation>
    </message>
    <message>
        <source>&amp;Dates written as:</source>
        <translation>&amp;Fechas escritas como:</translation>
    </message>
    <message>
        <source>Times &amp;written as:</source>
        <translation>&amp;Horas escritas como:</translation>
    </message>
    <message>
        <source>Recall patients &amp;from:</source>
        <translation>Recordar a los pacientes &amp;desde:</translation>
    </message>
    <message>
        <source>Something went wrong while loading: {problem}</source>
        <translation>Algo falló al cargar los datos: {problem}</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>recepción</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>profesional</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>gerente</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Agenda de citas</translation>
    </message>
    <message>
        <source>Changing patient details</source>
        <translation>Modificar los datos de los pacientes</translation>
    </message>
    <message>
        <source>The recall list</source>
        <translation>La lista de recordatorios</translation>
    </message>
    <message>
        <source>Reading the clinical record</source>
        <translation>Consultar la historia clínica</translation>
    </message>
    <message>
        <source>Charting</source>
        <translation>Registrar tratamientos</translation>
    </message>
    <message>
        <source>Stock and protocols</source>
        <translation>Existencias y protocolos</translation>
    </message>
    <message>
        <source>Exporting the calendar</source>
        <translation>Exportar la agenda</translation>
    </message>
    <message>
        <source>Exporting health records</source>
        <translation>Exportar historias clínicas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Ajustes de la clínica</translation>
    </message>
    <message>
        <source>Managing users</source>
        <translation>Gestionar usuarios</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>The audit trail</source>
        <translation>El registro de auditoría</translation>
    </message>
    <message>
        <source>Checking and restoring the database</source>
        <translation>Comprobar y restaurar la base de datos</translation>
    </message>
    <message>
        <source>The outbox</source>
        <translation>La bandeja de salida</translation>
    </message>
    <message>
        <source>{permission} needs the {role} role; you are signed in as {current}.</source>
        <translation>{permission} requiere el rol de {role}; ha iniciado sesión como {current}.</translation>
    </message>
    <message>
        <source>{permission} needs the {role} or {other} role; you are signed in as {current}.</source>
        <translation>{permission} requiere el rol de {role} o de {other}; ha iniciado sesión como {current}.</translation>
    </message>
    <message>
        <source>The key file</source>
        <translation>El archivo de clave</translation>
    </message>
    <message>
        <source>{source} is not a clinic-desktop audit key.</source>
        <translation>{source} no es una clave de auditoría de clinic-desktop.</translation>
    </message>
    <message>
        <source>Say why the audit key is replaced (--reason TEXT), e.g. &quot;the only computer&apos;s disk died and no copy of the key was kept&quot;.</source>
        <translation>Indique por qué se sustituye la clave de auditoría (--reason TEXT), p. ej., &quot;el disco del único ordenador se averió y no se guardó ninguna copia de la clave&quot;.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>it is missing (the next entry found is {found}).</source>
        <translation>falta (la siguiente entrada encontrada es la {found}).</translation>
    </message>
    <message>
        <source>it is out of order (the next entry found is {found}).</source>
        <translation>está fuera de orden (la siguiente entrada encontrada es la {found}).</translation>
    </message>
    <message>
        <source>the entries before it were changed, added or removed after the audit key was replaced here: they no longer give the fingerprint this entry recorded of them.</source>
        <translation>las entradas anteriores se modificaron, añadieron o eliminaron después de sustituir aquí la clave de auditoría: ya no dan la huella que esta entrada registró de ellas.</translation>
    </message>
    <message>
        <source>its content, or the entry before it, was changed after it was written.</source>
        <translation>su contenido, o la entrada anterior, se modificó después de escribirse.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an audit anchor. An anchor reads ID:HASH, the entry&apos;s number and its hash (at least its first {digits} characters), as `audit anchor`, the day list and each backup print it.</source>
        <translation>«{text}» no es un ancla de auditoría. Un ancla tiene la forma ID:HASH, el número de la entrada y su hash (al menos sus primeros {digits} caracteres), tal como la imprimen `audit anchor`, la lista del día y cada copia de seguridad.</translation>
    </message>
    <message>
        <source>The audit trail no longer holds entry {id} of the anchor {anchor} (its last entry is {last}): entries were removed.</source>
        <translation>El registro de auditoría ya no contiene la entrada {id} del ancla {anchor} (su última entrada es la {last}): se eliminaron entradas.</translation>
    </message>
    <message>
        <source>Entry {id} of the audit trail is not the one the anchor {anchor} recorded: the trail was rewritten at or before that entry.</source>
        <translation>La entrada {id} del registro de auditoría no es la que registró el ancla {anchor}: el registro se reescribió en esa entrada o antes.</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday})</source>
        <translation>el {day} es festivo ({holiday})</translation>
    </message>
    <message>
        <source>the clinic is closed on {day} ({reason})</source>
        <translation>la clínica está cerrada el {day} ({reason})</translation>
    </message>
    <message>
        <source>the clinic is closed on {day}</source>
        <translation>la clínica está cerrada el {day}</translation>
    </message>
    <message>
        <source>the provider is off on {day} ({reason})</source>
        <translation>el profesional no trabaja el {day} ({reason})</translation>
    </message>
    <message>
        <source>the provider is off on {day}</source>
        <translation>el profesional no trabaja el {day}</translation>
    </message>
    <message>
        <source>A series repeats every 1 to 104 weeks.</source>
        <translation>Una serie se repite cada 1 a 104 semanas.</translation>
    </message>
    <message>
        <source>A series has 1 to {most} appointments.</source>
        <translation>Una serie tiene de 1 a {most} citas.</translation>
    </message>
    <message>
        <source>one a day, keeping the last {days} days, {weeks} weeks and {months} months</source>
        <translation>una al día, conservando las de los últimos {days} días, {weeks} semanas y {months} meses</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a time zone. Use an IANA name such as Europe/Vienna.</source>
        <translation>«{name}» no es una zona horaria. Use un nombre IANA como Europe/Vienna.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a known time zone. Use an IANA name such as Europe/Vienna. Did you mean {hint}?</source>
        <translation>«{name}» no es una zona horaria conocida. Use un nombre IANA como Europe/Vienna. ¿Quería decir {hint}?</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a known time zone. Use an IANA name such as Europe/Vienna.</source>
        <translation>«{name}» no es una zona horaria conocida. Use un nombre IANA como Europe/Vienna.</translation>
    </message>
    <message>
        <source>{time} does not exist in {zone}: the clocks go forward then. Choose a time outside that hour.</source>
        <translation>{time} no existe en {zone}: a esa hora se adelantan los relojes. Elija una hora fuera de esa franja.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is out of range: give a date between {first} and {last}.</source>
        <translation>«{text}» está fuera de rango: indique una fecha entre {first} y {last}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time. Write it as YYYY-MM-DDTHH:MM, e.g. 2026-12-01T10:00.</source>
        <translation>«{text}» no es una fecha y hora. Escríbala como AAAA-MM-DDTHH:MM, p. ej., 2026-12-01T10:00.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date. Write it as YYYY-MM-DD, e.g. 2026-12-01.</source>
        <translation>«{text}» no es una fecha. Escríbala como AAAA-MM-DD, p. ej., 2026-12-01.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day. Write it as HH:MM, e.g. 08:30.</source>
        <translation>«{text}» no es una hora del día. Escríbala como HH:MM, p. ej., 08:30.</translation>
    </message>
    <message>
        <source>Chronic migraine</source>
        <translation>Migraña crónica</translation>
    </message>
    <message>
        <source>Cervical dystonia</source>
        <translation>Distonía cervical</translation>
    </message>
    <message>
        <source>Upper limb spasticity</source>
        <translation>Espasticidad de miembro superior</translation>
    </message>
    <message>
        <source>Lower limb spasticity</source>
        <translation>Espasticidad de miembro inferior</translation>
    </message>
    <message>
        <source>Myofascial pain</source>
        <translation>Dolor miofascial</translation>
    </message>
    <message>
        <source>TMJ disorder / bruxism</source>
        <translation>Trastorno de la ATM / bruxismo</translation>
    </message>
    <message>
        <source>Overactive bladder</source>
        <translation>Vejiga hiperactiva</translation>
    </message>
    <message>
        <source>Axillary hyperhidrosis</source>
        <translation>Hiperhidrosis axilar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>chronic migraine</source>
        <translation>migraña crónica</translation>
    </message>
    <message>
        <source>cervical dystonia</source>
        <translation>distonía cervical</translation>
    </message>
    <message>
        <source>upper limb spasticity</source>
        <translation>espasticidad de miembro superior</translation>
    </message>
    <message>
        <source>lower limb spasticity</source>
        <translation>espasticidad de miembro inferior</translation>
    </message>
    <message>
        <source>myofascial pain</source>
        <translation>dolor miofascial</translation>
    </message>
    <message>
        <source>tmj disorder / bruxism</source>
        <translation>trastorno de la ATM / bruxismo</translation>
    </message>
    <message>
        <source>overactive bladder</source>
        <translation>vejiga hiperactiva</translation>
    </message>
    <message>
        <source>axillary hyperhidrosis</source>
        <translation>hiperhidrosis axilar</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <source>In room</source>
        <translation>En consulta</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No show</source>
        <translation>No presentada</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>reservada</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>llegó</translation>
    </message>
    <message>
        <source>in room</source>
        <translation>en consulta</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>no show</source>
        <translation>no presentada</translation>
    </message>
    <message>
        <source>Unknown indication &apos;{text}&apos;. Known indications: {known}.</source>
        <translation>Indicación desconocida «{text}». Indicaciones conocidas: {known}.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ICD-10 code (a letter, two digits, then e.g. .709).</source>
        <translation>«{code}» no es un código CIE-10 (una letra, dos cifras y luego, p. ej., .709).</translation>
    </message>
    <message>
        <source>This computer&apos;s format</source>
        <translation>El formato de este ordenador</translation>
    </message>
    <message>
        <source>US: month/day/year</source>
        <translation>EE. UU.: mes/día/año</translation>
    </message>
    <message>
        <source>UK and Europe: day/month/year</source>
        <translation>Reino Unido y Europa: día/mes/año</translation>
    </message>
    <message>
        <source>ISO: year-month-day</source>
        <translation>ISO: año-mes-día</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date format. Formats: {known}.</source>
        <translation>«{text}» no es un formato de fecha. Formatos: {known}.</translation>
    </message>
    <message>
        <source>As the clinic&apos;s country writes it</source>
        <translation>Como lo escribe el país de la clínica</translation>
    </message>
    <message>
        <source>12-hour: 2:30 PM</source>
        <translation>12 horas: 2:30 PM</translation>
    </message>
    <message>
        <source>24-hour: 14:30</source>
        <translation>24 horas: 14:30</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a clock. Clocks: {known}.</source>
        <translation>«{text}» no es un formato de hora. Formatos: {known}.</translation>
    </message>
    <message>
        <source>{day} · {product} {units} U ({per_kg} at {weight}) ({weeks} wk ago)</source>
        <translation>{day} · {product} {units} U ({per_kg} con {weight}) (hace {weeks} sem.)</translation>
    </message>
    <message>
        <source>{day} · {product} {units} U ({weeks} wk ago)</source>
        <translation>{day} · {product} {units} U (hace {weeks} sem.)</translation>
    </message>
    <message>
        <source>The provider needs a name.</source>
        <translation>El profesional necesita un nombre.</translation>
    </message>
    <message>
        <source>The room needs a name.</source>
        <translation>La sala necesita un nombre.</translation>
    </message>
    <message>
        <source>The appointment type needs a name.</source>
        <translation>El tipo de cita necesita un nombre.</translation>
    </message>
    <message>
        <source>The clinic needs a name.</source>
        <translation>La clínica necesita un nombre.</translation>
    </message>
    <message>
        <source>provider name</source>
        <translation>nombre del profesional</translation>
    </message>
    <message>
        <source>room name</source>
        <translation>nombre de la sala</translation>
    </message>
    <message>
        <source>appointment type name</source>
        <translation>nombre del tipo de cita</translation>
    </message>
    <message>
        <source>clinic name</source>
        <translation>nombre de la clínica</translation>
    </message>
    <message>
        <source>The {what} needs a name.</source>
        <translation>Falta el nombre ({what}).</translation>
    </message>
    <message>
        <source>{what} name</source>
        <translation>nombre ({what})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a room kind. Use a short word such as exam or procedure.</source>
        <translation>«{value}» no es un tipo de sala. Use una palabra corta como exam o procedure.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a colour. Write it as #RRGGBB, e.g. #1f7a8c.</source>
        <translation>«{value}» no es un color. Escríbalo como #RRGGBB, p. ej., #1f7a8c.</translation>
    </message>
    <message>
        <source>An appointment lasts between 5 and {most} minutes, not {minutes}.</source>
        <translation>Una cita dura entre 5 y {most} minutos, no {minutes}.</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <source>The clinic database cannot be reached ({detail}). The connection was lost while the change was being saved, so it may or may not have been saved: look before entering it again. Check the network and the database server; the application retries.</source>
        <translation>No se puede acceder a la base de datos de la clínica ({detail}). La conexión se perdió mientras se guardaba el cambio, así que puede que se haya guardado o no: compruébelo antes de volver a introducirlo. Revise la red y el servidor de la base de datos; la aplicación lo vuelve a intentar.</translation>
    </message>
    <message>
        <source>The clinic database cannot be reached ({detail}). Nothing was saved. Check the network and the database server; the application retries.</source>
        <translation>No se puede acceder a la base de datos de la clínica ({detail}). No se guardó nada. Revise la red y el servidor de la base de datos; la aplicación lo vuelve a intentar.</translation>
    </message>
    <message>
        <source>The database file is damaged ({detail}). Restore the last backup: {restore}</source>
        <translation>El archivo de la base de datos está dañado ({detail}). Restaure la última copia de seguridad: {restore}</translation>
    </message>
    <message>
        <source>The disk holding the clinic database is full; nothing was saved. Free some space and try again.</source>
        <translation>El disco que contiene la base de datos de la clínica está lleno; no se guardó nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Appointment {id} was cancelled; book a new one instead.</source>
        <translation>La cita {id} se canceló; reserve una nueva en su lugar.</translation>
    </message>
    <message>
        <source>Appointment {id} is {status}; it cannot be marked {new}.</source>
        <translation>La cita {id} está en estado «{status}»; no se puede marcar como «{new}».</translation>
    </message>
    <message>
        <source>Appointment {id} is {status}; it cannot be marked {new}. It can be marked {options}.</source>
        <translation>La cita {id} está en estado «{status}»; no se puede marcar como «{new}». Se puede marcar como: {options}.</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Previstas</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminadas</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>previstas</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminadas</translation>
    </message>
    <message>
        <source>Called</source>
        <extracomment>The notes reception keeps on a recall (a call made, a message left, ...) and their words; the command line&apos;s `followups mark --kind` offers the keys.</extracomment>
        <translation>Llamado</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Mensaje dejado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazó</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesto</translation>
    </message>
    <message>
        <source>A re-treatment interval cannot be shorter than {floor} days ({days}).</source>
        <translation>Un intervalo entre tratamientos no puede ser inferior a {floor} días ({days}).</translation>
    </message>
    <message>
        <source>The tolerance after the target must be 0 to 180 days.</source>
        <translation>La tolerancia tras la fecha objetivo debe ser de 0 a 180 días.</translation>
    </message>
    <message>
        <source>In the morning, as they prefer</source>
        <translation>Por la mañana, como prefiere</translation>
    </message>
    <message>
        <source>In the afternoon, as they prefer</source>
        <translation>Por la tarde, como prefiere</translation>
    </message>
    <message>
        <source>In the evening, as they prefer</source>
        <translation>A última hora de la tarde, como prefiere</translation>
    </message>
    <message>
        <source>Not in the morning, which they prefer</source>
        <translation>No es por la mañana, que es lo que prefiere</translation>
    </message>
    <message>
        <source>Not in the afternoon, which they prefer</source>
        <translation>No es por la tarde, que es lo que prefiere</translation>
    </message>
    <message>
        <source>Not in the evening, which they prefer</source>
        <translation>No es a última hora de la tarde, que es lo que prefiere</translation>
    </message>
    <message>
        <source>Same provider as last time ({provider})</source>
        <translation>El mismo profesional que la última vez ({provider})</translation>
    </message>
    <message>
        <source>{provider} also treats this</source>
        <translation>{provider} también trata esta indicación</translation>
    </message>
    <message>
        <source>Overdue since {day}: among the soonest free</source>
        <translation>Con retraso desde el {day}: entre los primeros huecos libres</translation>
    </message>
    <message>
        <source>On the target day ({day})</source>
        <translation>En el día objetivo ({day})</translation>
    </message>
    <message>
        <source>Inside the due window ({first}-{last})</source>
        <translation>Dentro del periodo previsto ({first}-{last})</translation>
    </message>
    <message>
        <source>{days} day after the due window: nothing earlier was free</source>
        <translation>{days} día después del periodo previsto: no había nada libre antes</translation>
    </message>
    <message>
        <source>{days} days after the due window: nothing earlier was free</source>
        <translation>{days} días después del periodo previsto: no había nada libre antes</translation>
    </message>
    <message>
        <source>A {weekday}, the day they usually come</source>
        <translation>{weekday}: el día en que suele venir</translation>
    </message>
    <message>
        <source>At their usual time ({time})</source>
        <translation>A su hora habitual ({time})</translation>
    </message>
    <message>
        <source>Near their usual time ({time})</source>
        <translation>Cerca de su hora habitual ({time})</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a weekday. Use one of {days}.</source>
        <translation>«{text}» no es un día de la semana. Use uno de estos: {days}.</translation>
    </message>
    <message>
        <source>Say which weekday. Write one day (mon), a range (mon-fri) or a list (mon,wed,fri).</source>
        <translation>Indique el día de la semana. Escriba un día (mon), un intervalo (mon-fri) o una lista (mon,wed,fri).</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; in &apos;{text}&apos; is not a day or a range of days. Write one day (mon), a range (mon-fri) or a list (mon,wed,fri).</source>
        <translation>«{part}» en «{text}» no es un día ni un intervalo de días. Escriba un día (mon), un intervalo (mon-fri) o una lista (mon,wed,fri).</translation>
    </message>
    <message>
        <source>&apos;{wrong}&apos; in &apos;{text}&apos; is not a weekday: use {days}. Write one day (mon), a range (mon-fri) or a list (mon,wed,fri).</source>
        <translation>«{wrong}» en «{text}» no es un día de la semana: use {days}. Escriba un día (mon), un intervalo (mon-fri) o una lista (mon,wed,fri).</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; runs backwards: a range goes from Monday towards Sunday, such as {example}.</source>
        <translation>«{part}» va hacia atrás: un intervalo va del lunes hacia el domingo, como {example}.</translation>
    </message>
    <message>
        <source>A working block must end after it starts ({block}).</source>
        <translation>Un bloque de trabajo debe terminar después de empezar ({block}).</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is not a block of time. Write it as 08:00-12:00.</source>
        <translation>«{part}» no es un bloque de tiempo. Escríbalo como 08:00-12:00.</translation>
    </message>
    <message>
        <source>Working blocks {earlier} and {later} overlap.</source>
        <translation>Los bloques de trabajo {earlier} y {later} se solapan.</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio de cita</translation>
    </message>
    <message>
        <source>Recall invitation</source>
        <translation>Invitación de recordatorio</translation>
    </message>
    <message>
        <source>No-show follow-up</source>
        <translation>Seguimiento por ausencia</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>por correo electrónico</translation>
    </message>
    <message>
        <source>by text</source>
        <translation>por SMS</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>A reminder goes 1 to {most} hours before, not {hours}.</source>
        <translation>Un recordatorio se envía de 1 a {most} horas antes, no {hours}.</translation>
    </message>
    <message>
        <source>The second reminder goes 1 to {most} hours before (0 for none), not {hours}.</source>
        <translation>El segundo recordatorio se envía de 1 a {most} horas antes (0 para ninguno), no {hours}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no.</source>
        <translation>«{value}» no es sí ni no.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number of hours.</source>
        <translation>«{value}» no es un número entero de horas.</translation>
    </message>
    <message>
        <source>Booking confirmed</source>
        <extracomment>A message &quot;sending&quot; for longer than this on another computer is taken as interrupted. A recall invitation&apos;s slot stays pencilled in for the patient this long after it is sent. A reply whose first word is one of these is an opt-out: the words carriers and CTIA require every programme to honour (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT), and their Spanish and French equivalents (BAJA, ALTO, ARRET).</extracomment>
        <translation>Cita confirmada</translation>
    </message>
    <message>
        <source>Appointment moved</source>
        <translation>Cita cambiada</translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation>Cita cancelada</translation>
    </message>
    <message>
        <source>the clinic&apos;s name</source>
        <extracomment>What a template may say. A text: only where and when (minimum necessary); an email may also greet the patient by name and name the provider.</extracomment>
        <translation>el nombre de la clínica</translation>
    </message>
    <message>
        <source>the appointment&apos;s (or offered slot&apos;s) date, in the patient&apos;s language</source>
        <translation>la fecha de la cita (o del hueco ofrecido), en el idioma del paciente</translation>
    </message>
    <message>
        <source>its time (24-hour clock)</source>
        <translation>su hora (formato de 24 horas)</translation>
    </message>
    <message>
        <source>the clinic&apos;s address (its name when none is set)</source>
        <translation>la dirección de la clínica (su nombre si no hay ninguna)</translation>
    </message>
    <message>
        <source>the number patients call or text back</source>
        <translation>el número al que los pacientes llaman o responden</translation>
    </message>
    <message>
        <source>the patient&apos;s first name (emails only)</source>
        <translation>el nombre de pila del paciente (solo correos)</translation>
    </message>
    <message>
        <source>the provider&apos;s name (emails only)</source>
        <translation>el nombre del profesional (solo correos)</translation>
    </message>
    <message>
        <source>The template has an unmatched brace ({problem}): write fields as {example}, and a brace itself as {open} or {close}.</source>
        <translation>La plantilla tiene una llave sin pareja ({problem}): escriba los campos como {example} y una llave sola como {open} o {close}.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a field; use one of {fields}.</source>
        <translation>«{field}» no es un campo; use uno de estos: {fields}.</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is not a language of the messages: use en, es or fr.</source>
        <translation>«{language}» no es un idioma de los mensajes: use en, es o fr.</translation>
    </message>
    <message>
        <source>The message needs some text.</source>
        <translation>El mensaje necesita algo de texto.</translation>
    </message>
    <message>
        <source>A text message may not use {field}: texts say only where and when ({fields}).</source>
        <translation>Un mensaje de texto no puede usar {field}: los SMS solo dicen dónde y cuándo ({fields}).</translation>
    </message>
    <message>
        <source>A text message may not name a condition or a treatment ({words}): a text is read on a lock screen. Say only the clinic, the date, the time and the place.</source>
        <translation>Un mensaje de texto no puede nombrar una afección ni un tratamiento ({words}): un SMS se lee en la pantalla de bloqueo. Indique solo la clínica, la fecha, la hora y el lugar.</translation>
    </message>
    <message>
        <source>A text message can be at most {most} characters, not {length}.</source>
        <translation>Un mensaje de texto puede tener como máximo {most} caracteres, no {length}.</translation>
    </message>
    <message>
        <source>An email needs a subject.</source>
        <translation>Un correo electrónico necesita un asunto.</translation>
    </message>
    <message>
        <source>The subject can be at most {most} characters.</source>
        <translation>El asunto puede tener como máximo {most} caracteres.</translation>
    </message>
    <message>
        <source>The email can be at most {most} characters.</source>
        <translation>El correo electrónico puede tener como máximo {most} caracteres.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a field of this message.</source>
        <translation>«{field}» no es un campo de este mensaje.</translation>
    </message>
    <message>
        <source>The text would name a condition or a treatment ({words}), so it was not sent: change the clinic&apos;s name or address as texts show it, or the template.</source>
        <translation>El texto nombraría una afección o un tratamiento ({words}), así que no se envió: cambie el nombre o la dirección de la clínica tal como aparecen en los SMS, o la plantilla.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>Headache days per month</source>
        <translation>Días de cefalea al mes</translation>
    </message>
    <message>
        <source>MIDAS (disability, 3 months)</source>
        <translation>MIDAS (discapacidad, 3 meses)</translation>
    </message>
    <message>
        <source>HIT-6 (headache impact)</source>
        <translation>HIT-6 (impacto de la cefalea)</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Dolor (0-10)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number for {measure}.</source>
        <translation>«{value}» no es un número para {measure}.</translation>
    </message>
    <message>
        <source>{measure} must be between {low} and {high}; &apos;{value}&apos; is not.</source>
        <translation>{measure} debe estar entre {low} y {high}; «{value}» no lo está.</translation>
    </message>
    <message>
        <source>No baseline headache days recorded</source>
        <translation>No hay días de cefalea basales registrados</translation>
    </message>
    <message>
        <source>Baseline {baseline} headache days/month</source>
        <translation>Basal: {baseline} días de cefalea al mes</translation>
    </message>
    <message>
        <source>{percent}% fewer headache days than baseline ({baseline} -&gt; {latest}) - responder</source>
        <translation>{percent}% menos días de cefalea que al inicio ({baseline} -&gt; {latest}) - respondedor</translation>
    </message>
    <message>
        <source>{percent}% fewer headache days than baseline ({baseline} -&gt; {latest})</source>
        <translation>{percent}% menos días de cefalea que al inicio ({baseline} -&gt; {latest})</translation>
    </message>
    <message>
        <source>Under 30% fewer headache days after {cycles} treatment cycles ({percent}%): NICE TA260 advises stopping</source>
        <translation>Menos de un 30% menos de días de cefalea tras {cycles} ciclos de tratamiento ({percent}%): la guía NICE TA260 aconseja suspenderlo</translation>
    </message>
    <message>
        <source>Episodic for {months} months in a row (under {days} headache days a month): NICE TA260 advises stopping</source>
        <translation>Episódica durante {months} meses seguidos (menos de {days} días de cefalea al mes): la guía NICE TA260 aconseja suspenderlo</translation>
    </message>
    <message>
        <source>Baseline headache diary due</source>
        <translation>Falta el diario de cefaleas basal</translation>
    </message>
    <message>
        <source>Headache diary due (none since {day})</source>
        <translation>Falta el diario de cefaleas (ninguno desde el {day})</translation>
    </message>
    <message>
        <source>The given name is missing.</source>
        <translation>Falta el nombre.</translation>
    </message>
    <message>
        <source>The family name is missing.</source>
        <translation>Faltan los apellidos.</translation>
    </message>
    <message>
        <source>The given name &apos;{name}&apos; has no letters.</source>
        <translation>El nombre «{name}» no tiene letras.</translation>
    </message>
    <message>
        <source>The family name &apos;{name}&apos; has no letters.</source>
        <translation>Los apellidos «{name}» no tienen letras.</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>The {what} is missing.</source>
        <translation>Falta un dato: {what}.</translation>
    </message>
    <message>
        <source>The {what} &apos;{name}&apos; has no letters.</source>
        <translation>«{name}» no tiene letras ({what}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an email address.</source>
        <translation>«{value}» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The date of birth {day} is in the future.</source>
        <translation>La fecha de nacimiento {day} está en el futuro.</translation>
    </message>
    <message>
        <source>The date of birth {day} is more than 125 years ago.</source>
        <translation>La fecha de nacimiento {day} es de hace más de 125 años.</translation>
    </message>
    <message>
        <source>Allergy: {substances}</source>
        <translation>Alergia: {substances}</translation>
    </message>
    <message>
        <source>Anticoagulant / bleeding risk: {risk}</source>
        <translation>Anticoagulante / riesgo de sangrado: {risk}</translation>
    </message>
    <message>
        <source>Anticoagulant / bleeding risk</source>
        <translation>Anticoagulante / riesgo de sangrado</translation>
    </message>
    <message>
        <source>Consent expired: {consents}</source>
        <translation>Consentimiento caducado: {consents}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a phone number.</source>
        <translation>«{text}» no es un número de teléfono.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid phone number for {region}.</source>
        <translation>«{text}» no es un número de teléfono válido para {region}.</translation>
    </message>
    <message>
        <source>At {weight} a muscle of {template} would get less than {step} U; enter the sites by hand.</source>
        <translation>Con {weight}, un músculo de {template} recibiría menos de {step} U; introduzca los puntos de inyección a mano.</translation>
    </message>
    <message>
        <source>12-week interval</source>
        <translation>Intervalo de 12 semanas</translation>
    </message>
    <message>
        <source>400 U in 3 months</source>
        <translation>400 U en 3 meses</translation>
    </message>
    <message>
        <source>Expired lot</source>
        <translation>Lote caducado</translation>
    </message>
    <message>
        <source>Vial older than 24 hours</source>
        <translation>Vial de más de 24 horas</translation>
    </message>
    <message>
        <source>Another product</source>
        <translation>Otro producto</translation>
    </message>
    <message>
        <source>Unusual total</source>
        <translation>Total inusual</translation>
    </message>
    <message>
        <source>Charted in the future</source>
        <translation>Registrado en el futuro</translation>
    </message>
    <message>
        <source>Child&apos;s weight</source>
        <translation>Peso del niño</translation>
    </message>
    <message>
        <source>Child&apos;s dose per session</source>
        <translation>Dosis del niño por sesión</translation>
    </message>
    <message>
        <source>Child&apos;s dose in 3 months</source>
        <translation>Dosis del niño en 3 meses</translation>
    </message>
    <message>
        <source>No weight-based limit known</source>
        <translation>Sin límite por peso conocido</translation>
    </message>
    <message>
        <source>Only {days} day since the last toxin injection on {last}; the next is due on or after {safe} ({floor} days).</source>
        <translation>Solo {days} día desde la última inyección de toxina, el {last}; la siguiente puede ponerse a partir del {safe} ({floor} días).</translation>
    </message>
    <message>
        <source>Only {days} days since the last toxin injection on {last}; the next is due on or after {safe} ({floor} days).</source>
        <translation>Solo {days} días desde la última inyección de toxina, el {last}; la siguiente puede ponerse a partir del {safe} ({floor} días).</translation>
    </message>
    <message>
        <source>This would make {units} U of onabotulinumtoxinA between {first} and {last} (more than {limit} U in 3 months, all indications counted).</source>
        <translation>Esto sumaría {units} U de onabotulinumtoxinA entre el {first} y el {last} (más de {limit} U en 3 meses, contando todas las indicaciones).</translation>
    </message>
    <message>
        <source>Lot {lot} is {product}, not {planned}: units of different products cannot be mixed in one treatment.</source>
        <translation>El lote {lot} es de {product}, no de {planned}: no se pueden mezclar unidades de productos distintos en un tratamiento.</translation>
    </message>
    <message>
        <source>Lot {lot} expired on {day}; it cannot be used.</source>
        <translation>El lote {lot} caducó el {day}; no se puede usar.</translation>
    </message>
    <message>
        <source>The vial opened at {opened} UTC would be used before it was reconstituted; a reconstituted vial must be used within 24 hours.</source>
        <translation>El vial abierto el {opened} UTC se usaría antes de reconstituirse; un vial reconstituido debe usarse en un plazo de 24 horas.</translation>
    </message>
    <message>
        <source>The vial opened at {opened} UTC would be used {hours} hours after it was reconstituted; a reconstituted vial must be used within 24 hours.</source>
        <translation>El vial abierto el {opened} UTC se usaría {hours} horas después de reconstituirse; un vial reconstituido debe usarse en un plazo de 24 horas.</translation>
    </message>
    <message>
        <source>The reconstituted vial is {product}, not {planned}.</source>
        <translation>El vial reconstituido es de {product}, no de {planned}.</translation>
    </message>
    <message>
        <source>{units} U is outside the usual {low}-{high} U of {product} for {indication}.</source>
        <translation>{units} U está fuera del rango habitual de {low}-{high} U de {product} para {indication}.</translation>
    </message>
    <message>
        <source>{per_kg} Units/kg or {most} Units, whichever is lower</source>
        <translation>{per_kg} unidades/kg o {most} unidades, lo que sea menor</translation>
    </message>
    <message>
        <source>Under 18, doses are set by weight: a weight measured within {valid} days before {day} is needed. None is on record. Weigh the patient and record the weight first.</source>
        <extracomment>A product&apos;s limit for everything one child is given of it in one session, all limbs and indications together. [DYSPORT US] upper and lower limbs: 30 Units/kg or 1000 Units. A product&apos;s limit for a child in any 3-month window, all indications (counted like the adult 400 U window). [BOTOX LLS]: 10 Units/kg or 340 Units in a 3-month interval.</extracomment>
        <translation>En menores de 18 años, las dosis se fijan por peso: se necesita un peso medido en los {valid} días anteriores al {day}. No hay ninguno registrado. Pese al paciente y registre primero el peso.</translation>
    </message>
    <message>
        <source>Under 18, doses are set by weight: a weight measured within {valid} days before {day} is needed. The last, {weight} on {weighed}, is {age} days old. Weigh the patient and record the weight first.</source>
        <translation>En menores de 18 años, las dosis se fijan por peso: se necesita un peso medido en los {valid} días anteriores al {day}. El último, {weight} el {weighed}, tiene {age} días. Pese al paciente y registre primero el peso.</translation>
    </message>
    <message>
        <source>No weight-based limit is known for {product} for {indication} in children (its label gives none), so none is applied: {units} U is {per_kg} at {weight}. Check the dose against the label.</source>
        <translation>No se conoce ningún límite por peso para {product} en {indication} en niños (su ficha técnica no da ninguno), así que no se aplica ninguno: {units} U son {per_kg} con {weight}. Compruebe la dosis con la ficha técnica.</translation>
    </message>
    <message>
        <source>{units} U of {product} in one session (every limb and indication of {day}) is {per_kg} at {weight}: at most {limit} ({most} U).</source>
        <translation>{units} U de {product} en una sesión (todos los miembros e indicaciones del {day}) son {per_kg} con {weight}: como máximo {limit} ({most} U).</translation>
    </message>
    <message>
        <source>{units} U of {product} for {indication} (with {earlier} U charted earlier that day) is {per_kg} at {weight}: a child&apos;s session may have at most {limit} ({most} U).</source>
        <translation>{units} U de {product} para {indication} (con {earlier} U registradas antes ese día) son {per_kg} con {weight}: la sesión de un niño puede tener como máximo {limit} ({most} U).</translation>
    </message>
    <message>
        <source>{units} U of {product} for {indication} is {per_kg} at {weight}: a child&apos;s session may have at most {limit} ({most} U).</source>
        <translation>{units} U de {product} para {indication} son {per_kg} con {weight}: la sesión de un niño puede tener como máximo {limit} ({most} U).</translation>
    </message>
    <message>
        <source>{units} U into the left limb is {per_kg} at {weight}: each limb may have at most {limit} ({most} U).</source>
        <translation>{units} U en el miembro izquierdo son {per_kg} con {weight}: cada miembro puede recibir como máximo {limit} ({most} U).</translation>
    </message>
    <message>
        <source>{units} U into the right limb is {per_kg} at {weight}: each limb may have at most {limit} ({most} U).</source>
        <translation>{units} U en el miembro derecho son {per_kg} con {weight}: cada miembro puede recibir como máximo {limit} ({most} U).</translation>
    </message>
    <message>
        <source>This would make {units} U of {product} between {first} and {last}, {per_kg} at {weight}: a child may have at most {limit} ({most} U) in 3 months, all indications counted.</source>
        <translation>Esto sumaría {units} U de {product} entre el {first} y el {last}, {per_kg} con {weight}: un niño puede recibir como máximo {limit} ({most} U) en 3 meses, contando todas las indicaciones.</translation>
    </message>
    <message>
        <source>A treatment cannot be charted for a time later than now.</source>
        <translation>No se puede registrar un tratamiento para una hora posterior a la actual.</translation>
    </message>
    <message>
        <source>There is no provider yet: add the clinic&apos;s first provider.</source>
        <translation>Todavía no hay ningún profesional: añada el primer profesional de la clínica.</translation>
    </message>
    <message>
        <source>No provider has working hours yet: set their weekly hours.</source>
        <translation>Ningún profesional tiene horario de trabajo todavía: defina su horario semanal.</translation>
    </message>
    <message>
        <source>There are no appointment types yet: add the clinic&apos;s types of visit.</source>
        <translation>Todavía no hay tipos de cita: añada los tipos de visita de la clínica.</translation>
    </message>
    <message>
        <source>{types} needs a kind of room the clinic has not added yet: add the room.</source>
        <translation>{types} necesita un tipo de sala que la clínica aún no ha añadido: añada la sala.</translation>
    </message>
    <message>
        <source>{types} need a kind of room the clinic has not added yet: add the room.</source>
        <translation>{types} necesitan un tipo de sala que la clínica aún no ha añadido: añada la sala.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of days.</source>
        <translation>«{value}» no es un número de días.</translation>
    </message>
    <message>
        <source>The follow-up lead time is 1 to {most} days before a patient is due, not {days}.</source>
        <translation>La antelación del seguimiento es de 1 a {most} días antes de la fecha prevista del paciente, no {days}.</translation>
    </message>
    <message>
        <source>a treatment is charted and signed by the provider who gives it</source>
        <translation>un tratamiento lo registra y lo firma el profesional que lo administra</translation>
    </message>
    <message>
        <source>A provider account is one provider: choose the provider record it belongs to ({rule}).</source>
        <translation>Una cuenta de profesional es un profesional: elija la ficha de profesional a la que pertenece ({rule}).</translation>
    </message>
    <message>
        <source>Only a provider account is linked to a provider record; a {role} account is linked to nobody.</source>
        <translation>Solo una cuenta de profesional se vincula a una ficha de profesional; una cuenta de {role} no se vincula a nadie.</translation>
    </message>
    <message>
        <source>Your account {account} is not linked to your provider record yet, so it cannot chart: {rule}. Ask a manager to link it (File &gt; Users…, or `users set {account} --provider ID`).</source>
        <translation>Su cuenta {account} aún no está vinculada a su ficha de profesional, así que no puede registrar tratamientos: {rule}. Pida a un gerente que la vincule (Archivo &gt; Usuarios…, o `users set {account} --provider ID`).</translation>
    </message>
    <message>
        <source>You are signed in as {name}; {rule} (this one was given by {given_by}).</source>
        <translation>Ha iniciado sesión como {name}; {rule} (este lo administró {given_by}).</translation>
    </message>
    <message>
        <source>You are signed in as {name}; {rule}.</source>
        <translation>Ha iniciado sesión como {name}; {rule}.</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>agotado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>expires in {days} day</source>
        <translation>caduca en {days} día</translation>
    </message>
    <message>
        <source>expires in {days} days</source>
        <translation>caduca en {days} días</translation>
    </message>
    <message>
        <source>in stock</source>
        <translation>en existencias</translation>
    </message>
    <message>
        <source>That lot expired on {day}; an expired lot cannot be used, so it is not added to the stock. Check the date on the box.</source>
        <translation>Ese lote caducó el {day}; un lote caducado no se puede usar, así que no se añade a las existencias. Compruebe la fecha de la caja.</translation>
    </message>
    <message>
        <source>Give the number of vials to add (found) or take away (broken, lost, returned).</source>
        <translation>Indique el número de viales que se añaden (encontrados) o se retiran (rotos, perdidos, devueltos).</translation>
    </message>
    <message>
        <source>An adjustment is at most {most} vials, not {vials}.</source>
        <translation>Un ajuste es de {most} viales como máximo, no {vials}.</translation>
    </message>
    <message>
        <source>Say why the count changes (for example: vial broken, found in the count).</source>
        <translation>Indique por qué cambia el recuento (por ejemplo: vial roto, encontrado en el recuento).</translation>
    </message>
    <message>
        <source>The reason is longer than {most} characters.</source>
        <translation>El motivo tiene más de {most} caracteres.</translation>
    </message>
    <message>
        <source>Lot {lot} has {left} vial left; {taken} cannot be taken away.</source>
        <translation>Al lote {lot} le queda {left} vial; no se pueden retirar {taken}.</translation>
    </message>
    <message>
        <source>Lot {lot} has {left} vials left; {taken} cannot be taken away.</source>
        <translation>Al lote {lot} le quedan {left} viales; no se pueden retirar {taken}.</translation>
    </message>
    <message>
        <source>There is a NUL character in the {label} (an invisible zero byte, left by pasting from another program or by a damaged file); remove it and try again.</source>
        <translation>Hay un carácter NUL en el campo «{label}» (un byte cero invisible, que deja el pegado desde otro programa o un archivo dañado); elimínelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The {label} can be at most {limit} characters.</source>
        <translation>El campo «{label}» puede tener como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>That access token is not valid; create a new one with `users token create`.</source>
        <extracomment>What a refused token is told, whatever the reason it does not sign in (unknown, wrong secret): expired and revoked tokens are told so, since only their holder has them.</extracomment>
        <translation>Ese token de acceso no es válido; cree uno nuevo con `users token create`.</translation>
    </message>
    <message>
        <source>A token lasts 1 to {most} days; {days} is not possible.</source>
        <translation>Un token dura de 1 a {most} días; {days} no es posible.</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>wasted units</source>
        <translation>unidades desechadas</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of {what}: write digits, with at most one decimal place (such as 2.5), from 0 to {most}.</source>
        <translation>«{value}» no es un número válido ({what}): escriba cifras, con un decimal como máximo (como 2.5), de 0 a {most}.</translation>
    </message>
    <message>
        <source>{value} {what} is more than {most}; check the number.</source>
        <translation>{value} ({what}) es más de {most}; compruebe el número.</translation>
    </message>
    <message>
        <source>The {what} can have at most one decimal place ({value}).</source>
        <translation>El campo «{what}» puede tener como máximo un decimal ({value}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of units for {site}: write digits, with at most one decimal place (such as 2.5), more than 0 and at most {most}.</source>
        <translation>«{value}» no es un número de unidades para {site}: escriba cifras, con un decimal como máximo (como 2.5), más de 0 y como máximo {most}.</translation>
    </message>
    <message>
        <source>{value} units at {site} is more than {most}, the most one site takes; check the number.</source>
        <translation>{value} unidades en {site} es más de {most}, lo máximo que admite un punto de inyección; compruebe el número.</translation>
    </message>
    <message>
        <source>The site {site} has 0 units: a site takes more than 0 and at most {most} units; leave out a site that was not injected.</source>
        <translation>El punto de inyección {site} tiene 0 unidades: un punto admite más de 0 y como máximo {most} unidades; omita un punto que no se inyectó.</translation>
    </message>
    <message>
        <source>units at {site}</source>
        <translation>unidades en {site}</translation>
    </message>
    <message>
        <source>The sites add up to {total} units, more than {most} in one treatment; check the units at each site.</source>
        <translation>Los puntos de inyección suman {total} unidades, más de {most} en un tratamiento; compruebe las unidades de cada punto.</translation>
    </message>
    <message>
        <source>None (anatomical landmarks)</source>
        <translation>Ninguna (referencias anatómicas)</translation>
    </message>
    <message>
        <source>Ultrasound</source>
        <translation>Ecografía</translation>
    </message>
    <message>
        <source>Electrical stimulation</source>
        <translation>Estimulación eléctrica</translation>
    </message>
    <message>
        <source>Cystoscopy</source>
        <translation>Cistoscopia</translation>
    </message>
    <message>
        <source>Each injection site needs a muscle or region.</source>
        <translation>Cada punto de inyección necesita un músculo o una región.</translation>
    </message>
    <message>
        <source>&apos;{units}&apos; is not a number of units ({muscle}).</source>
        <translation>«{units}» no es un número de unidades ({muscle}).</translation>
    </message>
    <message>
        <source>{units} units at one site ({muscle}) is more than {most}.</source>
        <translation>{units} unidades en un punto de inyección ({muscle}) es más de {most}.</translation>
    </message>
    <message>
        <source>{muscle}: the number of injection points must be 0 to {most}.</source>
        <translation>{muscle}: el número de pinchazos debe ser de 0 a {most}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a site. Write MUSCLE:SIDE:UNITS:POINTS, e.g. frontalis:bilateral:20:4.</source>
        <translation>«{text}» no es un punto de inyección. Escriba MUSCLE:SIDE:UNITS:POINTS, p. ej., frontalis:bilateral:20:4.</translation>
    </message>
    <message>
        <source>&apos;{side}&apos; in &apos;{text}&apos; is not a side. Sides: {sides}.</source>
        <translation>«{side}» en «{text}» no es un lado. Lados: {sides}.</translation>
    </message>
    <message>
        <source>&apos;{points}&apos; in &apos;{text}&apos; is not a number of injection points.</source>
        <translation>«{points}» en «{text}» no es un número de pinchazos.</translation>
    </message>
    <message>
        <source>The diluent volume must be more than 0 mL.</source>
        <translation>El volumen de diluyente debe ser mayor que 0 mL.</translation>
    </message>
    <message>
        <source>the audit trail has no record of this account being made</source>
        <translation>el registro de auditoría no tiene constancia de que se creara esta cuenta</translation>
    </message>
    <message>
        <source>its role is {role}, but its last audited change made it {audited}</source>
        <translation>su rol es {role}, pero su último cambio auditado le dio el rol {audited}</translation>
    </message>
    <message>
        <source>it is switched on, but its last audited change switched it off</source>
        <translation>está activada, pero su último cambio auditado la desactivó</translation>
    </message>
    <message>
        <source>it is switched off, but its last audited change switched it on</source>
        <translation>está desactivada, pero su último cambio auditado la activó</translation>
    </message>
    <message>
        <source>it is linked to provider {linked}, but its last audited change linked it to provider {given}</source>
        <translation>está vinculada al profesional {linked}, pero su último cambio auditado la vinculó al profesional {given}</translation>
    </message>
    <message>
        <source>it is linked to provider {linked}, but its last audited change linked it to no provider</source>
        <translation>está vinculada al profesional {linked}, pero su último cambio auditado no la vinculó a ningún profesional</translation>
    </message>
    <message>
        <source>its password was changed outside the software</source>
        <translation>su contraseña se cambió fuera del programa</translation>
    </message>
    <message>
        <source>A user needs a name to sign in with.</source>
        <translation>Un usuario necesita un nombre para iniciar sesión.</translation>
    </message>
    <message>
        <source>A user name can have at most {most} characters.</source>
        <translation>Un nombre de usuario puede tener como máximo {most} caracteres.</translation>
    </message>
    <message>
        <source>A user name cannot contain control characters.</source>
        <translation>Un nombre de usuario no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>A password needs at least {least} characters.</source>
        <translation>Una contraseña necesita al menos {least} caracteres.</translation>
    </message>
    <message>
        <source>A password can have at most {most} characters.</source>
        <translation>Una contraseña puede tener como máximo {most} caracteres.</translation>
    </message>
    <message>
        <source>A password cannot contain a NUL character.</source>
        <translation>Una contraseña no puede contener un carácter NUL.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a role. Roles: {roles}.</source>
        <translation>«{text}» no es un rol. Roles: {roles}.</translation>
    </message>
    <message>
        <source>The idle lock is a whole number of minutes, such as 5.</source>
        <translation>El bloqueo por inactividad es un número entero de minutos, como 5.</translation>
    </message>
    <message>
        <source>The idle lock is between 1 and {most} minutes.</source>
        <translation>El bloqueo por inactividad es de entre 1 y {most} minutos.</translation>
    </message>
    <message>
        <source>lb (pounds)</source>
        <translation>lb (libras)</translation>
    </message>
    <message>
        <source>&apos;{unit}&apos; is not a unit of weight: use kg or lb.</source>
        <translation>«{unit}» no es una unidad de peso: use kg o lb.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a weight: write digits, with at most two decimals (such as 19.5), in {unit}.</source>
        <translation>«{value}» no es un peso: escriba cifras, con dos decimales como máximo (como 19.5), en {unit}.</translation>
    </message>
    <message>
        <source>A weight has at most two decimals ({value} {unit}).</source>
        <translation>Un peso tiene como máximo dos decimales ({value} {unit}).</translation>
    </message>
    <message>
        <source>{weight} is not a weight a person has (from {lightest} to {heaviest}); check the number and the unit.</source>
        <translation>{weight} no es un peso posible para una persona (de {lightest} a {heaviest}); compruebe el número y la unidad.</translation>
    </message>
    <message>
        <source>A weight cannot be recorded for {day}, a day after today.</source>
        <translation>No se puede registrar un peso para el {day}, un día posterior a hoy.</translation>
    </message>
    <message>
        <source>{day} is before the patient was born ({born}).</source>
        <translation>{day} es anterior al nacimiento del paciente ({born}).</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Elija al menos un día de la semana.</translation>
    </message>
    <message>
        <source>{day} is not a weekday (0 is Monday, 6 is Sunday).</source>
        <translation>{day} no es un día de la semana (0 es lunes, 6 es domingo).</translation>
    </message>
    <message>
        <source>{what} would leave 1 booking outside working hours: {listed}. Keep the hours as they are, or go ahead: the bookings then stay, marked as outside hours.</source>
        <translation>{what} dejaría 1 cita fuera del horario de trabajo: {listed}. Mantenga el horario como está o continúe: las citas se mantienen entonces, marcadas como fuera de horario.</translation>
    </message>
    <message>
        <source>{what} would leave {count} bookings outside working hours: {listed}; and {more} more. Keep the hours as they are, or go ahead: the bookings then stay, marked as outside hours.</source>
        <translation>{what} dejaría {count} citas fuera del horario de trabajo: {listed}; y {more} más. Mantenga el horario como está o continúe: las citas se mantienen entonces, marcadas como fuera de horario.</translation>
    </message>
    <message>
        <source>{what} would leave {count} bookings outside working hours: {listed}. Keep the hours as they are, or go ahead: the bookings then stay, marked as outside hours.</source>
        <translation>{what} dejaría {count} citas fuera del horario de trabajo: {listed}. Mantenga el horario como está o continúe: las citas se mantienen entonces, marcadas como fuera de horario.</translation>
    </message>
    <message>
        <source>{what} must end on or after the day it starts.</source>
        <translation>{what} debe terminar el mismo día en que empieza o después.</translation>
    </message>
    <message>
        <source>{what} is at most a year long; enter longer absences year by year.</source>
        <translation>{what} dura como máximo un año; introduzca las ausencias más largas año por año.</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry {entry}: {reason}</source>
        <translation>El registro de auditoría está roto en la entrada {entry}: {reason}</translation>
    </message>
    <message>
        <source>The audit trail is intact: {count} entries verified.</source>
        <translation>El registro de auditoría está intacto: {count} entradas verificadas.</translation>
    </message>
    <message>
        <source>Entries from {entry} on are signed with the clinic&apos;s audit key, which this computer does not have, so they cannot be checked here. {how}</source>
        <translation>Las entradas a partir de la {entry} están firmadas con la clave de auditoría de la clínica, que este equipo no tiene, así que no se pueden comprobar aquí. {how}</translation>
    </message>
    <message>
        <source>The clinic&apos;s audit key was replaced at entry {entry} on {day} by {user} ({reason}); this computer still holds the key it replaced, so every entry sealed with it was checked.</source>
        <translation>La clave de auditoría de la clínica se sustituyó en la entrada {entry} el {day} por {user} ({reason}); este equipo aún conserva la clave sustituida, así que se comprobaron todas las entradas selladas con ella.</translation>
    </message>
    <message>
        <source>Entry {first} was sealed with a key replaced at entry {entry} on {day} by {user} ({reason}): their seals could not be checked; an anchor taken before then (audit verify --anchor) still proves they are unchanged.</source>
        <translation>La entrada {first} se selló con una clave sustituida en la entrada {entry} el {day} por {user} ({reason}): su sello no se ha podido comprobar; un ancla tomada antes (audit verify --anchor) sigue demostrando que no ha cambiado.</translation>
    </message>
    <message>
        <source>Entries {first}–{last} were sealed with a key replaced at entry {entry} on {day} by {user} ({reason}): their seals could not be checked; an anchor taken before then (audit verify --anchor) still proves they are unchanged.</source>
        <translation>Las entradas {first}–{last} se sellaron con una clave sustituida en la entrada {entry} el {day} por {user} ({reason}): sus sellos no se han podido comprobar; un ancla tomada antes (audit verify --anchor) sigue demostrando que no han cambiado.</translation>
    </message>
    <message>
        <source>it is missing (the trail ended at {verified}, but {written} entries were written).</source>
        <translation>falta (el registro terminaba en {verified}, pero se escribieron {written} entradas).</translation>
    </message>
    <message>
        <source>its hash is not the one recorded as the last.</source>
        <translation>su hash no es el registrado como el último.</translation>
    </message>
    <message>
        <source>it is missing: the trail is empty, but the clinic has user accounts.</source>
        <translation>falta: el registro está vacío, pero la clínica tiene cuentas de usuario.</translation>
    </message>
    <message>
        <source>The account {name} (id {id}) differs from its last audited change (entry {entry}): {differences}. It was changed in the database behind the software&apos;s back.</source>
        <translation>La cuenta {name} (id {id}) difiere de su último cambio auditado (entrada {entry}): {differences}. Se modificó en la base de datos sin pasar por el programa.</translation>
    </message>
    <message>
        <source>The account {name} (id {id}) differs from its last audited change: {differences}. It was changed in the database behind the software&apos;s back.</source>
        <translation>La cuenta {name} (id {id}) difiere de su último cambio auditado: {differences}. Se modificó en la base de datos sin pasar por el programa.</translation>
    </message>
    <message>
        <source>The clinic&apos;s audit key was just replaced at another workstation; nothing was changed here. {how}</source>
        <translation>La clave de auditoría de la clínica acaba de sustituirse en otro puesto; aquí no se ha cambiado nada. {how}</translation>
    </message>
    <message>
        <source>it is not the last entry recorded beside the trail.</source>
        <translation>no es la última entrada registrada junto al registro.</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry {entry}: {reason} The key is not replaced over a broken trail; nothing was changed. Restore the last good backup.</source>
        <translation>El registro de auditoría está roto en la entrada {entry}: {reason} La clave no se sustituye sobre un registro roto; no se ha cambiado nada. Restaure la última copia de seguridad correcta.</translation>
    </message>
    <message>
        <source>This clinic&apos;s audit trail has no key to replace; nothing was changed.</source>
        <translation>El registro de auditoría de esta clínica no tiene clave que sustituir; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This computer holds the clinic&apos;s audit key: it is not lost, so it was not replaced. Copy it to other workstations instead (`{app} audit key export FILE`).</source>
        <translation>Este equipo tiene la clave de auditoría de la clínica: no se ha perdido, así que no se ha sustituido. Cópiela a los demás puestos (`{app} audit key export FILE`).</translation>
    </message>
    <message>
        <source>This clinic&apos;s audit trail has no key yet: the first change saved makes one.</source>
        <translation>El registro de auditoría de esta clínica aún no tiene clave: el primer cambio que se guarde la creará.</translation>
    </message>
    <message>
        <source>This clinic&apos;s audit trail has no key yet; there is nothing to import.</source>
        <translation>El registro de auditoría de esta clínica aún no tiene clave; no hay nada que importar.</translation>
    </message>
    <message>
        <source>{file} holds another clinic&apos;s audit key, not this clinic&apos;s.</source>
        <translation>{file} contiene la clave de auditoría de otra clínica, no la de esta.</translation>
    </message>
    <message>
        <source>{file} does not sign this clinic&apos;s audit trail; it was not imported.</source>
        <translation>{file} no firma el registro de auditoría de esta clínica; no se ha importado.</translation>
    </message>
    <message>
        <source>Give the key file to import.</source>
        <translation>Indique el archivo de clave que desea importar.</translation>
    </message>
    <message>
        <source>A manager copies it from a workstation that has it: `{app} audit key export FILE` there, then `{app} --user NAME audit key import FILE` here.</source>
        <translation>Un gestor la copia desde un puesto que la tenga: `{app} audit key export FILE` allí y luego `{app} --user NAME audit key import FILE` aquí.</translation>
    </message>
    <message>
        <source>If every copy of it is lost, a manager runs `{app} --user NAME audit key replace --reason TEXT` instead (docs/audit-key.md).</source>
        <translation>Si se han perdido todas sus copias, un gestor ejecuta en su lugar `{app} --user NAME audit key replace --reason TEXT` (docs/audit-key.md).</translation>
    </message>
    <message>
        <source>The backup&apos;s audit trail is signed with a clinic key this computer does not hold (or its key records were changed), so nothing was restored. Import the key and restore again; if every copy of it is lost, restore with `--key-lost`, then a manager runs `{app} --user NAME audit key replace --reason TEXT` (docs/audit-key.md).</source>
        <translation>El registro de auditoría de la copia de seguridad está firmado con una clave de clínica que este equipo no tiene (o sus registros de clave se modificaron), así que no se ha restaurado nada. Importe la clave y vuelva a restaurar; si se han perdido todas sus copias, restaure con `--key-lost` y luego un gestor ejecuta `{app} --user NAME audit key replace --reason TEXT` (docs/audit-key.md).</translation>
    </message>
    <message>
        <source>The audit trail&apos;s key records in the database were changed outside the software ({detail}), so nothing is saved. A manager runs `{app} audit verify` and restores the last good backup.</source>
        <translation>Los registros de clave del registro de auditoría en la base de datos se modificaron fuera del programa ({detail}), así que no se guarda nada. Un gestor ejecuta `{app} audit verify` y restaura la última copia de seguridad correcta.</translation>
    </message>
    <message>
        <source>a key is named but not where it begins</source>
        <translation>se indica una clave, pero no dónde empieza</translation>
    </message>
    <message>
        <source>no key is named</source>
        <translation>no se indica ninguna clave</translation>
    </message>
    <message>
        <source>This computer does not have the clinic&apos;s audit key, so nothing can be saved here. {how}</source>
        <translation>Este equipo no tiene la clave de auditoría de la clínica, así que aquí no se puede guardar nada. {how}</translation>
    </message>
    <message>
        <source>the database says its signed part begins at entry {database}, the key says entry {key}</source>
        <translation>la base de datos dice que su parte firmada empieza en la entrada {database} y la clave dice que en la {key}</translation>
    </message>
    <message>
        <source>The clinic&apos;s audit key on this computer does not sign entry {entry} of the trail: the entry was changed, or the key file is another clinic&apos;s. Nothing is saved; a manager runs `{app} audit verify`.</source>
        <translation>La clave de auditoría de la clínica en este equipo no firma la entrada {entry} del registro: la entrada se modificó o el archivo de clave es de otra clínica. No se guarda nada; un gestor ejecuta `{app} audit verify`.</translation>
    </message>
    <message>
        <source>the database has no key records, yet this computer&apos;s key {path} was made for it and signs from entry {entry}</source>
        <translation>la base de datos no tiene registros de clave, pero la clave {path} de este equipo se creó para ella y firma a partir de la entrada {entry}</translation>
    </message>
    <message>
        <source>The clinic&apos;s audit key was replaced by {user} (audit entry {entry}), so nobody can sign in here until a manager imports the new key. {how}</source>
        <translation>{user} sustituyó la clave de auditoría de la clínica (entrada de auditoría {entry}), así que nadie puede iniciar sesión aquí hasta que un gestor importe la nueva clave. {how}</translation>
    </message>
    <message>
        <source>This computer does not have the clinic&apos;s audit key, so nobody can sign in here yet (a wrong password could not be recorded). {how} {if_lost}</source>
        <translation>Este equipo no tiene la clave de auditoría de la clínica, así que nadie puede iniciar sesión aquí todavía (no se podría registrar una contraseña incorrecta). {how} {if_lost}</translation>
    </message>
    <message>
        <source>The database says its audit trail is signed from entry {entry} on, but names no key: the key records were changed outside the software.</source>
        <translation>La base de datos dice que su registro de auditoría está firmado a partir de la entrada {entry}, pero no indica ninguna clave: los registros de clave se modificaron fuera del programa.</translation>
    </message>
    <message>
        <source>The database&apos;s audit trail claims never to have been signed, but this computer holds the audit key made for it ({path}), which signs it from entry {entry} on: the key records were removed outside the software.</source>
        <translation>El registro de auditoría de la base de datos afirma no haber estado nunca firmado, pero este equipo tiene la clave de auditoría creada para él ({path}), que lo firma a partir de la entrada {entry}: los registros de clave se eliminaron fuera del programa.</translation>
    </message>
    <message>
        <source>The database names the clinic&apos;s audit key but not where its signed part begins: the key records were changed outside the software.</source>
        <translation>La base de datos indica la clave de auditoría de la clínica, pero no dónde empieza su parte firmada: los registros de clave se modificaron fuera del programa.</translation>
    </message>
    <message>
        <source>The record of where the signed part of the audit trail begins was removed or changed: the database says entry {entry}, the clinic&apos;s audit key says entry {key}.</source>
        <translation>Se eliminó o modificó el registro de dónde empieza la parte firmada del registro de auditoría: la base de datos dice la entrada {entry} y la clave de auditoría de la clínica, la {key}.</translation>
    </message>
    <message>
        <source>The record of where the signed part of the audit trail begins was removed or changed: the database says nothing, the clinic&apos;s audit key says entry {key}.</source>
        <translation>Se eliminó o modificó el registro de dónde empieza la parte firmada del registro de auditoría: la base de datos no dice nada y la clave de auditoría de la clínica dice la entrada {key}.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the backup file to write.</source>
        <translation>{path} es una carpeta; indique el nombre del archivo de copia de seguridad que se va a escribir.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>La carpeta {path} no existe.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {problem}.</source>
        <translation>No se puede escribir {path}: {problem}.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {problem}.</source>
        <translation>No se ha podido escribir la copia de seguridad en {path}: {problem}.</translation>
    </message>
    <message>
        <source>Nothing was restored: {problem} ({path}).</source>
        <translation>No se ha restaurado nada: {problem} ({path}).</translation>
    </message>
    <message>
        <source>{file} is a PostgreSQL backup; this clinic database is a SQLite file. Restore it with --db pointing at the PostgreSQL database.</source>
        <translation>{file} es una copia de seguridad de PostgreSQL; la base de datos de esta clínica es un archivo SQLite. Restáurela con --db apuntando a la base de datos PostgreSQL.</translation>
    </message>
    <message>
        <source>{file} is a SQLite clinic database; this clinic is on PostgreSQL, which restores only its own backups (pg_dump custom format).</source>
        <translation>{file} es una base de datos SQLite de clínica; esta clínica usa PostgreSQL, que solo restaura sus propias copias de seguridad (formato personalizado de pg_dump).</translation>
    </message>
    <message>
        <source>This database lives only in memory; there is no file to back up.</source>
        <translation>Esta base de datos solo existe en memoria; no hay ningún archivo del que hacer copia de seguridad.</translation>
    </message>
    <message>
        <source>{path} is the database in use; you cannot restore from it.</source>
        <translation>{path} es la base de datos en uso; no puede restaurar a partir de ella.</translation>
    </message>
    <message>
        <source>{path} is the database in use; you cannot write the backup over it.</source>
        <translation>{path} es la base de datos en uso; no puede escribir la copia de seguridad encima.</translation>
    </message>
    <message>
        <source>The backup folder {path} could not be made: {problem}.</source>
        <translation>No se ha podido crear la carpeta de copias de seguridad {path}: {problem}.</translation>
    </message>
    <message>
        <source>The backup was restored but could not be upgraded to this version ({reason}); the previous database was put back.</source>
        <translation>La copia de seguridad se restauró, pero no se ha podido actualizar a esta versión ({reason}); se ha vuelto a poner la base de datos anterior.</translation>
    </message>
    <message>
        <source>The backup could not be upgraded to this version ({reason}); the database in use was not replaced.</source>
        <translation>La copia de seguridad no se ha podido actualizar a esta versión ({reason}); no se ha sustituido la base de datos en uso.</translation>
    </message>
    <message>
        <source>Nobody is working</source>
        <translation>No trabaja nadie</translation>
    </message>
    <message>
        <source>Time off must end on or after the day it starts.</source>
        <translation>La ausencia debe terminar el mismo día en que empieza o después.</translation>
    </message>
    <message>
        <source>A closure must end on or after the day it starts.</source>
        <translation>Un cierre debe terminar el mismo día en que empieza o después.</translation>
    </message>
    <message>
        <source>{time} is in the past; appointments are booked from now on.</source>
        <translation>{time} ya ha pasado; las citas se dan a partir de ahora.</translation>
    </message>
    <message>
        <source>{name} ({mrn}) is merged; book the current record.</source>
        <translation>{name} ({mrn}) está fusionado con otra historia; dé la cita en la historia vigente.</translation>
    </message>
    <message>
        <source>{name} ({mrn}) is deceased; book the current record.</source>
        <translation>{name} ({mrn}) ha fallecido; dé la cita en la historia vigente.</translation>
    </message>
    <message>
        <source>{time} is in the past; move it to a later time.</source>
        <translation>{time} ya ha pasado; muévala a una hora posterior.</translation>
    </message>
    <message>
        <source>Appointment {id} is {status}; it cannot be moved.</source>
        <translation>La cita {id} figura como {status}; no se puede mover.</translation>
    </message>
    <message>
        <source>There is no room with id {id}.</source>
        <translation>No hay ninguna sala con el id {id}.</translation>
    </message>
    <message>
        <source>{type} needs a {kind} room; {room} is a {room_kind} room.</source>
        <translation>{type} necesita una sala de tipo {kind}; {room} es una sala de tipo {room_kind}.</translation>
    </message>
    <message>
        <source>{type} needs a {kind} room and the clinic has none.</source>
        <translation>{type} necesita una sala de tipo {kind} y la clínica no tiene ninguna.</translation>
    </message>
    <message>
        <source>Every {kind} room is taken at {time} on {day}.</source>
        <translation>Todas las salas de tipo {kind} están ocupadas a las {time} del {day}.</translation>
    </message>
    <message>
        <source>{provider} already has {booking}.</source>
        <translation>{provider} ya tiene una cita con {booking}.</translation>
    </message>
    <message>
        <source>{room} is already taken: {provider} has {booking}.</source>
        <translation>{room} ya está ocupada: {provider} tiene una cita con {booking}.</translation>
    </message>
    <message>
        <source>{start}-{end} on {day} is outside {provider}&apos;s working hours.</source>
        <translation>{start}-{end} del {day} queda fuera del horario de trabajo de {provider}.</translation>
    </message>
    <message>
        <source>The patient is also booked then: {booking}.</source>
        <translation>El paciente también tiene cita a esa hora: {booking}.</translation>
    </message>
    <message>
        <source>{reasons} Give an override reason to book it anyway.</source>
        <translation>{reasons} Indique un motivo de excepción para dar la cita de todos modos.</translation>
    </message>
    <message>
        <source>There is no provider with id {id}.</source>
        <translation>No hay ningún profesional con el id {id}.</translation>
    </message>
    <message>
        <source>{count} expected</source>
        <translation>{count} previstos</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} en espera</translation>
    </message>
    <message>
        <source>{count} in room</source>
        <translation>{count} en consulta</translation>
    </message>
    <message>
        <source>{count} done</source>
        <translation>{count} atendidos</translation>
    </message>
    <message>
        <source>{count} appointment</source>
        <translation>{count} cita</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation>{count} citas</translation>
    </message>
    <message>
        <source>{count} cancelled</source>
        <translation>{count} canceladas</translation>
    </message>
    <message>
        <source>Say why the appointments are cancelled (for the record and the recall list).</source>
        <translation>Indique por qué se cancelan las citas (para la historia y la lista de recordatorios).</translation>
    </message>
    <message>
        <source>Say why the appointment is cancelled (for the record and the recall list).</source>
        <translation>Indique por qué se cancela la cita (para la historia y la lista de recordatorios).</translation>
    </message>
    <message>
        <source>{room} is in use: {provider} has {booking}.</source>
        <translation>{room} está en uso: {provider} tiene una cita con {booking}.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>There is no appointment type called &apos;{name}&apos;. Types: {types}.</source>
        <translation>No hay ningún tipo de cita llamado «{name}». Tipos: {types}.</translation>
    </message>
    <message>
        <source>There is no appointment with id {id}.</source>
        <translation>No hay ninguna cita con el id {id}.</translation>
    </message>
    <message>
        <source>{patient} with {provider} at {start}-{end} on {day}</source>
        <translation>{patient} con {provider} de {start} a {end} el {day}</translation>
    </message>
    <message>
        <source>{patient} at {start}-{end} on {day}</source>
        <translation>{patient} de {start} a {end} el {day}</translation>
    </message>
    <message>
        <source>The latest date must be on or after the earliest date.</source>
        <translation>La fecha más tardía debe ser igual o posterior a la más temprana.</translation>
    </message>
    <message>
        <source>{name} ({mrn}) is merged; add the current record.</source>
        <translation>{name} ({mrn}) está fusionado con otra historia; añada la historia vigente.</translation>
    </message>
    <message>
        <source>{name} ({mrn}) is deceased; add the current record.</source>
        <translation>{name} ({mrn}) ha fallecido; añada la historia vigente.</translation>
    </message>
    <message>
        <source>{name} is no longer on the waiting list.</source>
        <translation>{name} ya no está en la lista de espera.</translation>
    </message>
    <message>
        <source>The measure needs a label.</source>
        <translation>La medida necesita un nombre.</translation>
    </message>
    <message>
        <source>A measure&apos;s lowest value must be below its highest.</source>
        <translation>El valor mínimo de una medida debe ser inferior al máximo.</translation>
    </message>
    <message>
        <source>{count} score of {measure} lie between {low} and {high}; the range must still hold them.</source>
        <translation>{count} puntuación de {measure} está entre {low} y {high}; el rango debe seguir incluyéndola.</translation>
    </message>
    <message>
        <source>{count} scores of {measure} lie between {low} and {high}; the range must still hold them.</source>
        <translation>{count} puntuaciones de {measure} están entre {low} y {high}; el rango debe seguir incluyéndolas.</translation>
    </message>
    <message>
        <source>{count} score of {measure} are recorded, so the measure stays; change its label instead.</source>
        <translation>Hay {count} puntuación de {measure} registrada, así que la medida se mantiene; cambie su nombre en su lugar.</translation>
    </message>
    <message>
        <source>{count} scores of {measure} are recorded, so the measure stays; change its label instead.</source>
        <translation>Hay {count} puntuaciones de {measure} registradas, así que la medida se mantiene; cambie su nombre en su lugar.</translation>
    </message>
    <message>
        <source>{code} is a built-in measure; it cannot be changed.</source>
        <translation>{code} es una medida incorporada; no se puede cambiar.</translation>
    </message>
    <message>
        <source>There is no clinic measure &apos;{code}&apos;.</source>
        <translation>No hay ninguna medida de la clínica «{code}».</translation>
    </message>
    <message>
        <source>{host}:{port} ({security}, as {user}), from {sender}</source>
        <translation>{host}:{port} ({security}, como {user}), desde {sender}</translation>
    </message>
    <message>
        <source>{host}:{port} ({security}), from {sender}</source>
        <translation>{host}:{port} ({security}), desde {sender}</translation>
    </message>
    <message>
        <source>{url}, as {user}</source>
        <translation>{url}, como {user}</translation>
    </message>
    <message>
        <source>&apos;{host}&apos; is not a mail server&apos;s name.</source>
        <translation>«{host}» no es el nombre de un servidor de correo.</translation>
    </message>
    <message>
        <source>&apos;{security}&apos; is not a kind of connection: use none, starttls or tls.</source>
        <translation>«{security}» no es un tipo de conexión: use none, starttls o tls.</translation>
    </message>
    <message>
        <source>{port} is not a port number (1 to 65535).</source>
        <translation>{port} no es un número de puerto (de 1 a 65535).</translation>
    </message>
    <message>
        <source>Say which address the emails come from (--from).</source>
        <translation>Indique desde qué dirección se envían los correos (--from).</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a web address of a text-message gateway (https://...).</source>
        <translation>«{url}» no es la dirección web de una pasarela de SMS (https://...).</translation>
    </message>
    <message>
        <source>The gateway&apos;s address must start with https:// (its password would otherwise cross the network readable); plain http is allowed only to this computer.</source>
        <translation>La dirección de la pasarela debe empezar por https:// (si no, su contraseña viajaría legible por la red); http sin cifrar solo se permite hacia este equipo.</translation>
    </message>
    <message>
        <source>The gateway&apos;s body template must hold $to and $text (and may hold $from and $key); it has ${field}.</source>
        <translation>La plantilla del cuerpo de la pasarela debe contener $to y $text (y puede contener $from y $key); contiene ${field}.</translation>
    </message>
    <message>
        <source>The gateway&apos;s body template must hold $to and $text (and may hold $from and $key).</source>
        <translation>La plantilla del cuerpo de la pasarela debe contener $to y $text (y puede contener $from y $key).</translation>
    </message>
    <message>
        <source>the mail server {host}:{port}</source>
        <translation>el servidor de correo {host}:{port}</translation>
    </message>
    <message>
        <source>The email channel has no password on this computer for {user}: set it with `messages channel email ...` and CLINIC_CHANNEL_PASSWORD.</source>
        <translation>El canal de correo electrónico no tiene contraseña en este equipo para {user}: configúrela con `messages channel email ...` y CLINIC_CHANNEL_PASSWORD.</translation>
    </message>
    <message>
        <source>{server} refused the user name or password ({answer}). Nothing was sent; the messages wait. Set the right ones with `messages channel email` (the password in CLINIC_CHANNEL_PASSWORD).</source>
        <translation>{server} rechazó el nombre de usuario o la contraseña ({answer}). No se ha enviado nada; los mensajes esperan. Configure los correctos con `messages channel email` (la contraseña en CLINIC_CHANNEL_PASSWORD).</translation>
    </message>
    <message>
        <source>{server} does not offer what the channel is set up to use ({problem}); check its security (none, starttls, tls) and whether it wants a user name.</source>
        <translation>{server} no ofrece lo que el canal está configurado para usar ({problem}); compruebe su seguridad (none, starttls, tls) y si pide un nombre de usuario.</translation>
    </message>
    <message>
        <source>{server}&apos;s certificate could not be verified ({problem}); nothing was sent. Check the server&apos;s name.</source>
        <translation>No se ha podido verificar el certificado de {server} ({problem}); no se ha enviado nada. Compruebe el nombre del servidor.</translation>
    </message>
    <message>
        <source>{server} could not be used securely ({problem}).</source>
        <translation>No se ha podido usar {server} de forma segura ({problem}).</translation>
    </message>
    <message>
        <source>There is no mail server called {host}.</source>
        <translation>No hay ningún servidor de correo llamado {host}.</translation>
    </message>
    <message>
        <source>{server} refused the sender address {sender} ({answer}).</source>
        <translation>{server} rechazó la dirección de remitente {sender} ({answer}).</translation>
    </message>
    <message>
        <source>The text-message channel has no password on this computer for {user}: set it with `messages channel sms ...` and CLINIC_CHANNEL_PASSWORD.</source>
        <translation>El canal de SMS no tiene contraseña en este equipo para {user}: configúrela con `messages channel sms ...` y CLINIC_CHANNEL_PASSWORD.</translation>
    </message>
    <message>
        <source>The text-message gateway ({host}) refused the credentials ({detail}). Nothing was sent; the messages wait. Set the right ones with `messages channel sms` (the password in CLINIC_CHANNEL_PASSWORD).</source>
        <translation>La pasarela de SMS ({host}) rechazó las credenciales ({detail}). No se ha enviado nada; los mensajes esperan. Configure las correctas con `messages channel sms` (la contraseña en CLINIC_CHANNEL_PASSWORD).</translation>
    </message>
    <message>
        <source>The text-message gateway&apos;s certificate ({host}) could not be verified; nothing was sent.</source>
        <translation>No se ha podido verificar el certificado de la pasarela de SMS ({host}); no se ha enviado nada.</translation>
    </message>
    <message>
        <source>There is no text-message gateway at {host}.</source>
        <translation>No hay ninguna pasarela de SMS en {host}.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{key}&apos;. Settings: {known}.</source>
        <translation>Ajuste desconocido «{key}». Ajustes: {known}.</translation>
    </message>
    <message>
        <source>Schema version is {version}, expected {expected}.</source>
        <translation>La versión del esquema es {version}; se esperaba {expected}.</translation>
    </message>
    <message>
        <source>Appointments {first} and {second} double-book the same provider.</source>
        <translation>Las citas {first} y {second} ocupan al mismo profesional a la vez.</translation>
    </message>
    <message>
        <source>Appointments {first} and {second} double-book the same room.</source>
        <translation>Las citas {first} y {second} ocupan la misma sala a la vez.</translation>
    </message>
    <message>
        <source>Sign in first: the window is locked or nobody is signed in.</source>
        <translation>Inicie sesión primero: la ventana está bloqueada o no hay nadie conectado.</translation>
    </message>
    <message>
        <source>The range of dates ends ({last}) before it starts ({first}). Give the earlier date first.</source>
        <translation>El intervalo de fechas termina ({last}) antes de empezar ({first}). Indique primero la fecha anterior.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the file to write.</source>
        <translation>{path} es una carpeta; indique el nombre del archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>Consent expired</source>
        <translation>Consentimiento caducado</translation>
    </message>
    <message>
        <source>Weigh before treatment: under 18, no weight within {days} days (none on record)</source>
        <translation>Pesar antes del tratamiento: menor de 18 años, sin peso en los últimos {days} días (ninguno registrado)</translation>
    </message>
    <message>
        <source>Weigh before treatment: under 18, no weight within {days} days (last {weight} on {day})</source>
        <translation>Pesar antes del tratamiento: menor de 18 años, sin peso en los últimos {days} días (último: {weight} el {day})</translation>
    </message>
    <message>
        <source>&apos;{names}&apos; is not a way to show names: use full or initials.</source>
        <translation>«{names}» no es una forma de mostrar los nombres: use full o initials.</translation>
    </message>
    <message>
        <source>{refusal} Print the reception list instead: it has the phone numbers and no clinical alerts.</source>
        <translation>{refusal} Imprima en su lugar la lista de recepción: tiene los teléfonos y ninguna alerta clínica.</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>Allergy: {allergies}</source>
        <translation>Alergia: {allergies}</translation>
    </message>
    <message>
        <source>Anticoagulant: {risk}</source>
        <translation>Anticoagulante: {risk}</translation>
    </message>
    <message>
        <source>Anticoagulant</source>
        <translation>Anticoagulante</translation>
    </message>
    <message>
        <source>The demo clinic needs at least 1 patient, 1 provider and 1 year.</source>
        <extracomment>The demo&apos;s sign-in accounts, one per role, all with the password the demo is given.</extracomment>
        <translation>La clínica de demostración necesita al menos 1 paciente, 1 profesional y 1 año.</translation>
    </message>
    <message>
        <source>The demo clinic is limited to 50 providers, 1,000,000 patients, 20 years.</source>
        <translation>La clínica de demostración está limitada a 50 profesionales, 1.000.000 de pacientes y 20 años.</translation>
    </message>
    <message>
        <source>This database already holds a clinic; the demo only fills an empty database. Give another --db path.</source>
        <translation>Esta base de datos ya contiene una clínica; la demostración solo rellena una base de datos vacía. Indique otra ruta con --db.</translation>
    </message>
    <message>
        <source>Give the patient&apos;s MRN.</source>
        <extracomment>Every stored table that holds a part of one patient&apos;s record, and what carries it in the Bundle. Tables that hang off a patient but hold no part of the record: the software&apos;s own workings.</extracomment>
        <translation>Indique el número de historia clínica del paciente.</translation>
    </message>
    <message>
        <source>There is no patient with the MRN {mrn}.</source>
        <translation>No hay ningún paciente con el número de historia clínica {mrn}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {path}: {problem}.</source>
        <translation>No se puede crear la carpeta {path}: {problem}.</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} no es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {problem}.</source>
        <translation>No se puede escribir en {path}: {problem}.</translation>
    </message>
    <message>
        <source>That slot was just taken. {clash} Next proposal: {proposal}.</source>
        <translation>Ese hueco se acaba de ocupar. {clash} Siguiente propuesta: {proposal}.</translation>
    </message>
    <message>
        <source>That slot was just taken. {clash}</source>
        <translation>Ese hueco se acaba de ocupar. {clash}</translation>
    </message>
    <message>
        <source>There is no free slot to propose in the next 90 days.</source>
        <translation>No hay ningún hueco libre que proponer en los próximos 90 días.</translation>
    </message>
    <message>
        <source>There are {count} proposals; choose 1 to {count}.</source>
        <translation>Hay {count} propuestas; elija de 1 a {count}.</translation>
    </message>
    <message>
        <source>The clinic has no review appointment type: add one called Review (not a treatment).</source>
        <translation>La clínica no tiene ningún tipo de cita de revisión: añada uno llamado Review (que no sea un tratamiento).</translation>
    </message>
    <message>
        <source>{name} has no {indication} treatment to review.</source>
        <translation>{name} no tiene ningún tratamiento de {indication} que revisar.</translation>
    </message>
    <message>
        <source>There is no free {type} slot in the next 90 days.</source>
        <translation>No hay ningún hueco libre de {type} en los próximos 90 días.</translation>
    </message>
    <message>
        <source>{when} with {provider}</source>
        <translation>{when} con {provider}</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a recall note: use {kinds}.</source>
        <translation>«{kind}» no es una nota de recordatorio: use {kinds}.</translation>
    </message>
    <message>
        <source>Snooze until a date after today.</source>
        <translation>Posponga hasta una fecha posterior a hoy.</translation>
    </message>
    <message>
        <source>Saving {new} new patient and {changed} changed…</source>
        <extracomment>Progress for the person waiting: a sentence such as &quot;Checking line 40,000 of 100,000…&quot;.</extracomment>
        <translation>Guardando {new} paciente nuevo y {changed} modificados…</translation>
    </message>
    <message>
        <source>Saving {new} new patients and {changed} changed…</source>
        <translation>Guardando {new} pacientes nuevos y {changed} modificados…</translation>
    </message>
    <message>
        <source>Saving {new} new patient…</source>
        <translation>Guardando {new} paciente nuevo…</translation>
    </message>
    <message>
        <source>Saving {new} new patients…</source>
        <translation>Guardando {new} pacientes nuevos…</translation>
    </message>
    <message>
        <source>Saving {changed} changed…</source>
        <translation>Guardando {changed} modificados…</translation>
    </message>
    <message>
        <source>Making the new patients searchable: {done} of {total}…</source>
        <translation>Haciendo que los pacientes nuevos se puedan buscar: {done} de {total}…</translation>
    </message>
    <message>
        <source>{name} has no email address: add it first.</source>
        <translation>{name} no tiene dirección de correo electrónico: añádala primero.</translation>
    </message>
    <message>
        <source>{name} has no phone number: add it first.</source>
        <translation>{name} no tiene número de teléfono: añádalo primero.</translation>
    </message>
    <message>
        <source>No patient has the address {sender}.</source>
        <translation>Ningún paciente tiene la dirección {sender}.</translation>
    </message>
    <message>
        <source>No patient has the number {sender}.</source>
        <translation>Ningún paciente tiene el número {sender}.</translation>
    </message>
    <message>
        <source>Opted out of emails: patient {patients}.</source>
        <translation>Baja de los correos electrónicos: paciente {patients}.</translation>
    </message>
    <message>
        <source>Opted out of text messages: patient {patients}.</source>
        <translation>Baja de los SMS: paciente {patients}.</translation>
    </message>
    <message>
        <source>The reply is in the patient&apos;s contact log for reception.</source>
        <translation>La respuesta está en el registro de contactos del paciente para recepción.</translation>
    </message>
    <message>
        <source>The time offered was taken meanwhile; the patient needs a call. {refusal}</source>
        <translation>La hora ofrecida se ha ocupado mientras tanto; hay que llamar al paciente. {refusal}</translation>
    </message>
    <message>
        <source>Booked appointment {appointment} for patient {patient} from their reply.</source>
        <translation>Se ha dado la cita {appointment} al paciente {patient} a partir de su respuesta.</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>en envío</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>Message {id} is {state}; only a failed message can be tried again.</source>
        <translation>El mensaje {id} figura como {state}; solo se puede reintentar un mensaje fallido.</translation>
    </message>
    <message>
        <source>Message {id} is {state}; only a queued or failed message can be cancelled.</source>
        <translation>El mensaje {id} figura como {state}; solo se puede anular un mensaje en cola o fallido.</translation>
    </message>
    <message>
        <source>Emails are not set up, so they wait: set up the channel with `messages channel email ...` (a manager).</source>
        <translation>Los correos electrónicos no están configurados, así que esperan: configure el canal con `messages channel email ...` (un gestor).</translation>
    </message>
    <message>
        <source>Text messages are not set up, so they wait: set up the channel with `messages channel sms ...` (a manager).</source>
        <translation>Los SMS no están configurados, así que esperan: configure el canal con `messages channel sms ...` (un gestor).</translation>
    </message>
    <message>
        <source>Emails cannot be sent from here.</source>
        <translation>Desde aquí no se pueden enviar correos electrónicos.</translation>
    </message>
    <message>
        <source>Text messages cannot be sent from here.</source>
        <translation>Desde aquí no se pueden enviar SMS.</translation>
    </message>
    <message>
        <source>Name the substance the patient is allergic to.</source>
        <translation>Indique la sustancia a la que el paciente es alérgico.</translation>
    </message>
    <message>
        <source>Name the medication.</source>
        <translation>Indique el medicamento.</translation>
    </message>
    <message>
        <source>Say what the consent is for.</source>
        <translation>Indique para qué es el consentimiento.</translation>
    </message>
    <message>
        <source>A consent cannot be signed in the future.</source>
        <translation>Un consentimiento no puede firmarse en el futuro.</translation>
    </message>
    <message>
        <source>A consent must expire after the day it was signed.</source>
        <translation>Un consentimiento debe caducar después del día en que se firmó.</translation>
    </message>
    <message>
        <source>{mrn} was merged into another record; weigh that record instead.</source>
        <translation>{mrn} se fusionó con otra historia; registre el peso en esa historia.</translation>
    </message>
    <message>
        <source>&apos;{method}&apos; is not a contact method.</source>
        <translation>«{method}» no es un medio de contacto.</translation>
    </message>
    <message>
        <source>Write what was said or sent.</source>
        <translation>Escriba lo que se dijo o se envió.</translation>
    </message>
    <message>
        <source>MRN</source>
        <extracomment>The columns of an export, and the fields an import understands (the JSON field names). What a receptionist sees for each field (the GUI&apos;s mapping table, messages): marked for the catalogues (domain/words.py), so the window shows them with ``shown(Text(label))``.</extracomment>
        <translation>N.º de historia clínica</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Id externo</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Otro teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>Contacto preferido</translation>
    </message>
    <message>
        <source>Preferred times</source>
        <translation>Horarios preferidos</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Referring physician</source>
        <translation>Médico remitente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Bleeding risk</source>
        <translation>Riesgo de sangrado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The patients were saved, but some of them cannot be found by a search until the clinic is next opened.</source>
        <extracomment>A new patient cannot be registered without these. Common spellings of the columns in other systems&apos; exports, used only when no column carries the field&apos;s own name (so a file with both `phone` and `mobile` keeps `phone` for the phone).</extracomment>
        <translation>Los pacientes se han guardado, pero algunos no se podrán encontrar con una búsqueda hasta la próxima vez que se abra la clínica.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>The column &apos;{column}&apos; is not a patient field; it was ignored.</source>
        <translation>La columna «{column}» no es un campo del paciente; se ha ignorado.</translation>
    </message>
    <message>
        <source>A column with no name was ignored.</source>
        <translation>Se ha ignorado una columna sin nombre.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a patient field.</source>
        <translation>«{field}» no es un campo del paciente.</translation>
    </message>
    <message>
        <source>The file has no column number {number}.</source>
        <translation>El archivo no tiene la columna número {number}.</translation>
    </message>
    <message>
        <source>The file has no column &apos;{column}&apos;; its columns are {columns}.</source>
        <translation>El archivo no tiene la columna «{column}»; sus columnas son {columns}.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (line {line} has a character that is not). Save it as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation>{file} no es texto UTF-8 (la línea {line} tiene un carácter que no lo es). Guárdelo como «CSV UTF-8» e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} está vacío.</translation>
    </message>
    <message>
        <source>{file} cannot be read from line {line} on ({problem}); check the quotes on that line.</source>
        <translation>{file} no se puede leer a partir de la línea {line} ({problem}); revise las comillas de esa línea.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <extracomment>An import reads every patient once up front (~50 µs a patient) when the file has at least 1/preload_ratio as many lines as the clinic has patients; below that, asking the database line by line (a few ms a line) is cheaper. A dry run always reads up front.</extracomment>
        <translation>No existe el archivo {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CSV file.</source>
        <translation>{path} es una carpeta, no un archivo CSV.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {problem}.</source>
        <translation>No se puede leer {path}: {problem}.</translation>
    </message>
    <message>
        <source>{file} has no column for the {fields} (its columns are {columns}). Name the columns mrn, given_name, family_name, date_of_birth, phone, email, ... or choose them in the import window.</source>
        <translation>{file} no tiene columna para: {fields} (sus columnas son {columns}). Llame a las columnas mrn, given_name, family_name, date_of_birth, phone, email, ... o elíjalas en la ventana de importación.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a patient status: use active, inactive or deceased.</source>
        <translation>«{status}» no es un estado de paciente: use active, inactive o deceased.</translation>
    </message>
    <message>
        <source>Patients were changed at another workstation meanwhile: checking again…</source>
        <translation>Mientras tanto se han modificado pacientes en otro puesto: revisando de nuevo…</translation>
    </message>
    <message>
        <source>Other workstations kept registering or changing patients while the file was being checked ({times} times), so nothing was imported. Import the file again.</source>
        <translation>Otros puestos siguieron registrando o modificando pacientes mientras se revisaba el archivo ({times} veces), así que no se ha importado nada. Importe el archivo de nuevo.</translation>
    </message>
    <message>
        <source>Checking the file: {done} of {total} lines…</source>
        <translation>Revisando el archivo: {done} de {total} líneas…</translation>
    </message>
    <message>
        <source>MRN {mrn} is already on line {line} of this file.</source>
        <translation>El número de historia {mrn} ya está en la línea {line} de este archivo.</translation>
    </message>
    <message>
        <source>External id {id} is already on line {line} of this file.</source>
        <translation>El id externo {id} ya está en la línea {line} de este archivo.</translation>
    </message>
    <message>
        <source>This line has {cells} cells but the header has {columns} columns; a cell may hold an unquoted separator.</source>
        <translation>Esta línea tiene {cells} celdas pero la cabecera tiene {columns} columnas; puede que una celda contenga un separador sin comillas.</translation>
    </message>
    <message>
        <source>&apos;{mrn}&apos; is not an MRN: one word of at most {limit} characters.</source>
        <translation>«{mrn}» no es un número de historia clínica: una sola palabra de {limit} caracteres como máximo.</translation>
    </message>
    <message>
        <source>The external id is longer than {limit} characters.</source>
        <translation>El id externo tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>MRN {mrn} is not in this clinic; the line was matched by external id {id} to {matched}, who keeps that MRN.</source>
        <translation>El número de historia {mrn} no existe en esta clínica; la línea se ha asociado por el id externo {id} a {matched}, que conserva su número.</translation>
    </message>
    <message>
        <source>Possibly the same person as {people}.</source>
        <translation>Posiblemente la misma persona que {people}.</translation>
    </message>
    <message>
        <source>{mrn} is {given} {family}, born {born}: the name and date of birth on this line are both different. Check the MRN.</source>
        <translation>{mrn} es {given} {family}, nacido/a el {born}: el nombre y la fecha de nacimiento de esta línea son distintos. Compruebe el número de historia clínica.</translation>
    </message>
    <message>
        <source>{mrn} is {given} {family}, born {born}: the name and date of birth on this line are both different. Check the external id.</source>
        <translation>{mrn} es {given} {family}, nacido/a el {born}: el nombre y la fecha de nacimiento de esta línea son distintos. Compruebe el id externo.</translation>
    </message>
    <message>
        <source>The external id {id} already belongs to {mrn}.</source>
        <translation>El id externo {id} ya pertenece a {mrn}.</translation>
    </message>
    <message>
        <source>The line has no MRN; it was matched to {mrn} by name and date of birth, and that record was updated.</source>
        <translation>La línea no tiene número de historia clínica; se ha asociado a {mrn} por nombre y fecha de nacimiento, y se ha actualizado esa historia.</translation>
    </message>
    <message>
        <source>line {line} ({given} {family}, born {born})</source>
        <translation>línea {line} ({given} {family}, nacido/a el {born})</translation>
    </message>
    <message>
        <source>{mrn} ({given} {family}, born {born})</source>
        <translation>{mrn} ({given} {family}, nacido/a el {born})</translation>
    </message>
    <message>
        <source>{count} patients are called {given} {family} and born {born} ({mrns}); add the MRN to this line to say which.</source>
        <translation>{count} pacientes se llaman {given} {family} y nacieron el {born} ({mrns}); añada el número de historia clínica a esta línea para indicar cuál.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>MRN {mrn} was merged into {survivor}; use {survivor} instead.</source>
        <translation>La historia {mrn} se fusionó con {survivor}; use {survivor} en su lugar.</translation>
    </message>
    <message>
        <source>MRN {mrn} was just given to the new patient on line {line}; give this line another MRN or leave its MRN empty.</source>
        <translation>El número de historia {mrn} se acaba de asignar al paciente nuevo de la línea {line}; dé a esta línea otro número o deje su número vacío.</translation>
    </message>
    <message>
        <source>Line {line} has the same name and date of birth; if these are two people, give each line an MRN or external id.</source>
        <translation>La línea {line} tiene el mismo nombre y fecha de nacimiento; si son dos personas, dé a cada línea un número de historia o un id externo.</translation>
    </message>
    <message>
        <source>Line {line} already changes this patient ({mrn}).</source>
        <translation>La línea {line} ya modifica a este paciente ({mrn}).</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos;</source>
        <translation>columna «{column}»</translation>
    </message>
    <message>
        <source>Cannot sort patients by {sort}.</source>
        <translation>No se pueden ordenar los pacientes por {sort}.</translation>
    </message>
    <message>
        <source>The date of birth is missing.</source>
        <translation>Falta la fecha de nacimiento.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date of birth. Write it as 1980-04-02 or {example}.</source>
        <translation>«{value}» no es una fecha de nacimiento. Escríbala como 1980-04-02 o {example}.</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is not a language code; use two letters such as en, es or fr, or leave it blank.</source>
        <translation>«{language}» no es un código de idioma; use dos letras, como en, es o fr, o déjelo en blanco.</translation>
    </message>
    <message>
        <source>&apos;{sex}&apos; is not a sex this record knows: female, male, other or blank.</source>
        <translation>«{sex}» no es un sexo que admita esta historia: female, male, other o en blanco.</translation>
    </message>
    <message>
        <source>&apos;{method}&apos; is not a contact method: use {methods}.</source>
        <translation>«{method}» no es un medio de contacto: use {methods}.</translation>
    </message>
    <message>
        <source>Email is the preferred contact but no email address is given.</source>
        <translation>El correo electrónico es el contacto preferido, pero no se ha indicado ninguna dirección.</translation>
    </message>
    <message>
        <source>The MRN {mrn} already belongs to another patient.</source>
        <translation>El número de historia clínica {mrn} ya pertenece a otro paciente.</translation>
    </message>
    <message>
        <source>The external id {id} already belongs to another patient.</source>
        <translation>El id externo {id} ya pertenece a otro paciente.</translation>
    </message>
    <message>
        <source>{mrn} was merged into another record; change that record instead.</source>
        <translation>{mrn} se fusionó con otra historia; modifique esa historia en su lugar.</translation>
    </message>
    <message>
        <source>A record cannot be merged into itself.</source>
        <translation>Una historia no se puede fusionar consigo misma.</translation>
    </message>
    <message>
        <source>{mrn} has already been merged into another record.</source>
        <translation>{mrn} ya se ha fusionado con otra historia.</translation>
    </message>
    <message>
        <source>Held for the patient: their recall invitation offers it</source>
        <translation>Reservado para el paciente: su invitación de recordatorio se lo ofrece</translation>
    </message>
    <message>
        <source>the child&apos;s limit for 3 months</source>
        <translation>el límite del niño para 3 meses</translation>
    </message>
    <message>
        <source>400 U of onabotulinumtoxinA in 3 months</source>
        <translation>400 U de onabotulinumtoxinA en 3 meses</translation>
    </message>
    <message>
        <source>Not before {day}: {units} U sooner would pass {limit}</source>
        <translation>No antes del {day}: {units} U antes superarían {limit}</translation>
    </message>
    <message>
        <source>Planned dose as last time, lower it at the visit: {finding}</source>
        <translation>Dosis prevista igual que la última vez; redúzcala en la visita: {finding}</translation>
    </message>
    <message>
        <source>Weigh at the visit: a child&apos;s dose needs a weight from the last 90 days; the last ({weight}) was on {day}</source>
        <translation>Pesar en la visita: la dosis de un niño necesita un peso de los últimos 90 días; el último ({weight}) fue el {day}</translation>
    </message>
    <message>
        <source>Weigh at the visit: a child&apos;s dose needs a weight from the last 90 days; none is on record</source>
        <translation>Pesar en la visita: la dosis de un niño necesita un peso de los últimos 90 días; no hay ninguno registrado</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Consent expired: renew it before booking treatment</source>
        <translation>Consentimiento caducado: renuévelo antes de dar cita para el tratamiento</translation>
    </message>
    <message>
        <source>Review with provider before rebooking</source>
        <translation>Revisar con el profesional antes de volver a dar cita</translation>
    </message>
    <message>
        <source>Review with provider: {reason}</source>
        <translation>Revisar con el profesional: {reason}</translation>
    </message>
    <message>
        <source>Invited on {day}: {note}</source>
        <translation>Invitado el {day}: {note}</translation>
    </message>
    <message>
        <source>{kind} on {day} ({by}) until {until}</source>
        <translation>{kind} el {day} ({by}) hasta el {until}</translation>
    </message>
    <message>
        <source>{kind} on {day} ({by})</source>
        <translation>{kind} el {day} ({by})</translation>
    </message>
    <message>
        <source>{kind} on {day} until {until}</source>
        <translation>{kind} el {day} hasta el {until}</translation>
    </message>
    <message>
        <source>{kind} on {day}</source>
        <translation>{kind} el {day}</translation>
    </message>
    <message>
        <source>There is no patient with id {id}.</source>
        <translation>No hay ningún paciente con el id {id}.</translation>
    </message>
    <message>
        <source>{name} has no treatment yet: there is nothing to follow up.</source>
        <translation>{name} aún no tiene ningún tratamiento: no hay nada a lo que hacer seguimiento.</translation>
    </message>
    <message>
        <source>{name} has no toxin treatment yet.</source>
        <translation>{name} aún no tiene ningún tratamiento con toxina.</translation>
    </message>
    <message>
        <source>{name} has no {indication} treatment yet.</source>
        <translation>{name} aún no tiene ningún tratamiento de {indication}.</translation>
    </message>
    <message>
        <source>No appointment type books a {indication} treatment; add one first.</source>
        <translation>Ningún tipo de cita sirve para un tratamiento de {indication}; añada uno primero.</translation>
    </message>
    <message>
        <source>{count} slot(s) left out: the planned dose would pass {limit}</source>
        <translation>{count} hueco(s) descartado(s): la dosis prevista superaría {limit}</translation>
    </message>
    <message>
        <source>No active provider treats {indication}.</source>
        <translation>Ningún profesional activo trata {indication}.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total general</translation>
    </message>
    <message>
        <source>Treatments per indication per month</source>
        <translation>Tratamientos por indicación y mes</translation>
    </message>
    <message>
        <source>Units used per product and lot</source>
        <translation>Unidades usadas por producto y lote</translation>
    </message>
    <message>
        <source>Waste: JW units and JZ treatments</source>
        <translation>Desecho: unidades JW y tratamientos JZ</translation>
    </message>
    <message>
        <source>No-shows and cancellations per provider</source>
        <translation>Ausencias y cancelaciones por profesional</translation>
    </message>
    <message>
        <source>Recall conversion</source>
        <translation>Conversión de recordatorios</translation>
    </message>
    <message>
        <source>Responder rates per indication</source>
        <translation>Tasas de respuesta por indicación</translation>
    </message>
    <message>
        <source>{first} to {last} · {provider}</source>
        <translation>Del {first} al {last} · {provider}</translation>
    </message>
    <message>
        <source>Nothing to show for this range.</source>
        <translation>No hay nada que mostrar en este intervalo.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>{count} treatment</source>
        <translation>{count} tratamiento</translation>
    </message>
    <message>
        <source>{count} treatments</source>
        <translation>{count} tratamientos</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>No treatments were charted in this range.</source>
        <translation>No se registró ningún tratamiento en este intervalo.</translation>
    </message>
    <message>
        <source>{product}: {given} U given, {wasted} U wasted</source>
        <translation>{product}: {given} U administradas, {wasted} U desechadas</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Units given</source>
        <translation>Unidades administradas</translation>
    </message>
    <message>
        <source>Units wasted</source>
        <translation>Unidades desechadas</translation>
    </message>
    <message>
        <source>Units drawn</source>
        <translation>Unidades extraídas</translation>
    </message>
    <message>
        <source>All lots</source>
        <translation>Todos los lotes</translation>
    </message>
    <message>
        <source>Units of {product}</source>
        <translation>Unidades de {product}</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Administradas</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Desechadas</translation>
    </message>
    <message>
        <source>No units were charted in this range.</source>
        <translation>No se registró ninguna unidad en este intervalo.</translation>
    </message>
    <message>
        <source>{product}: {units} U wasted (JW) on {jw} treatments, {jz} JZ</source>
        <translation>{product}: {units} U desechadas (JW) en {jw} tratamientos, {jz} JZ</translation>
    </message>
    <message>
        <source>JW treatments</source>
        <translation>Tratamientos JW</translation>
    </message>
    <message>
        <source>JW units wasted</source>
        <translation>Unidades JW desechadas</translation>
    </message>
    <message>
        <source>JZ treatments</source>
        <translation>Tratamientos JZ</translation>
    </message>
    <message>
        <source>JZ share</source>
        <translation>Proporción JZ</translation>
    </message>
    <message>
        <source>No waste was recorded in this range (every treatment JZ, or none charted).</source>
        <translation>No se registró ningún desecho en este intervalo (todos los tratamientos JZ, o ninguno registrado).</translation>
    </message>
    <message>
        <source>{count} appointments: {cancelled} cancelled, {missed} no-shows</source>
        <translation>{count} citas: {cancelled} canceladas, {missed} ausencias</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation>Tasa de cancelación</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Tasa de ausencias</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Share of appointments</source>
        <translation>Proporción de citas</translation>
    </message>
    <message>
        <source>No appointments in this range.</source>
        <translation>No hay citas en este intervalo.</translation>
    </message>
    <message>
        <source>{proposed} proposals, {booked} booked ({share})</source>
        <translation>{proposed} propuestas, {booked} con cita ({share})</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Not booked</source>
        <translation>Sin cita</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>All indications</source>
        <translation>Todas las indicaciones</translation>
    </message>
    <message>
        <source>Follow-up proposals</source>
        <translation>Propuestas de seguimiento</translation>
    </message>
    <message>
        <source>No follow-up proposals were made in this range.</source>
        <translation>No se hizo ninguna propuesta de seguimiento en este intervalo.</translation>
    </message>
    <message>
        <source>No measure</source>
        <translation>Sin medida</translation>
    </message>
    <message>
        <source>{indication}: {rate} responders ({responders} of {assessed})</source>
        <translation>{indication}: {rate} respondedores ({responders} de {assessed})</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Patients treated</source>
        <translation>Pacientes tratados</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Evaluados</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>Respondedores</translation>
    </message>
    <message>
        <source>Responder rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <source>Responders (50% or more better than baseline)</source>
        <translation>Respondedores (mejoría del 50 % o más respecto al inicio)</translation>
    </message>
    <message>
        <source>No patient treated in this range has a baseline and a later score.</source>
        <translation>Ningún paciente tratado en este intervalo tiene una puntuación inicial y otra posterior.</translation>
    </message>
    <message>
        <source>The range starts ({first}) after it ends ({last}).</source>
        <translation>El intervalo empieza ({first}) después de terminar ({last}).</translation>
    </message>
    <message>
        <source>Choose a range of ten years or less.</source>
        <translation>Elija un intervalo de diez años o menos.</translation>
    </message>
    <message>
        <source>{provider} has {count} booking to come (the first {when} with {patient}). Move or cancel them before switching the provider off.</source>
        <translation>{provider} tiene {count} cita pendiente (la primera, el {when} con {patient}). Muévala o cancélela antes de desactivar al profesional.</translation>
    </message>
    <message>
        <source>{provider} has {count} bookings to come (the first {when} with {patient}). Move or cancel them before switching the provider off.</source>
        <translation>{provider} tiene {count} citas pendientes (la primera, el {when} con {patient}). Muévalas o cancélelas antes de desactivar al profesional.</translation>
    </message>
    <message>
        <source>{name} has {count} booking on record, so it stays; rename it or change its kind instead.</source>
        <translation>{name} tiene {count} cita registrada, así que se mantiene; cámbiele el nombre o el tipo en su lugar.</translation>
    </message>
    <message>
        <source>{name} has {count} bookings on record, so it stays; rename it or change its kind instead.</source>
        <translation>{name} tiene {count} citas registradas, así que se mantiene; cámbiele el nombre o el tipo en su lugar.</translation>
    </message>
    <message>
        <source>A toxin treatment type needs the indication it treats.</source>
        <translation>Un tipo de tratamiento con toxina necesita la indicación que trata.</translation>
    </message>
    <message>
        <source>{name} has {count} booking on record, so it stays; rename or change it instead.</source>
        <translation>{name} tiene {count} cita registrada, así que se mantiene; cámbiele el nombre o modifíquelo en su lugar.</translation>
    </message>
    <message>
        <source>{name} has {count} bookings on record, so it stays; rename or change it instead.</source>
        <translation>{name} tiene {count} citas registradas, así que se mantiene; cámbiele el nombre o modifíquelo en su lugar.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not one of the suggested appointment types.</source>
        <translation>«{name}» no es uno de los tipos de cita propuestos.</translation>
    </message>
    <message>
        <source>Tick the appointment types to add.</source>
        <translation>Marque los tipos de cita que desea añadir.</translation>
    </message>
    <message>
        <source>Lot {lot} has just been used at another workstation and has {left} vial left; {vials} cannot be taken away.</source>
        <translation>El lote {lot} se acaba de usar en otro puesto y le queda {left} vial; no se pueden retirar {vials}.</translation>
    </message>
    <message>
        <source>Lot {lot} has just been used at another workstation and has {left} vials left; {vials} cannot be taken away.</source>
        <translation>El lote {lot} se acaba de usar en otro puesto y le quedan {left} viales; no se pueden retirar {vials}.</translation>
    </message>
    <message>
        <source>Name the account the token is for (--user NAME).</source>
        <translation>Indique la cuenta para la que es el token (--user NAME).</translation>
    </message>
    <message>
        <source>{name}&apos;s account is switched off; it cannot have a token.</source>
        <translation>La cuenta de {name} está desactivada; no puede tener un token.</translation>
    </message>
    <message>
        <source>There is no access token with id {id}.</source>
        <translation>No hay ningún token de acceso con el id {id}.</translation>
    </message>
    <message>
        <source>That access token was revoked on {when}; create a new one with `users token create`.</source>
        <translation>Ese token de acceso se revocó el {when}; cree uno nuevo con `users token create`.</translation>
    </message>
    <message>
        <source>That access token expired on {when}; create a new one with `users token create`.</source>
        <translation>Ese token de acceso caducó el {when}; cree uno nuevo con `users token create`.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is switched off. A manager can switch it on again.</source>
        <translation>La cuenta de {name} está desactivada. Un gestor puede volver a activarla.</translation>
    </message>
    <message>
        <source>&apos;{lot}&apos; is not a lot number (letters, digits, &apos;.&apos;, &apos;/&apos;, &apos;-&apos;, up to 40).</source>
        <translation>«{lot}» no es un número de lote (letras, cifras, &apos;.&apos;, &apos;/&apos;, &apos;-&apos;, hasta 40).</translation>
    </message>
    <message>
        <source>A lot needs at least one vial.</source>
        <translation>Un lote necesita al menos un vial.</translation>
    </message>
    <message>
        <source>{product} comes in vials of {sizes} units, not {size}.</source>
        <translation>{product} se presenta en viales de {sizes} unidades, no de {size}.</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} is already in stock.</source>
        <translation>El lote {lot} de {product} ya está en existencias.</translation>
    </message>
    <message>
        <source>Lot {lot} expired on {day}; it cannot be opened.</source>
        <translation>El lote {lot} caducó el {day}; no se puede abrir.</translation>
    </message>
    <message>
        <source>{ml} mL of diluent is not a volume a vial takes (0.1 to 20 mL).</source>
        <translation>{ml} mL de diluyente no es un volumen que admita un vial (de 0,1 a 20 mL).</translation>
    </message>
    <message>
        <source>The {template} template sets the units from the weight, and no weight measured within {days} days before {day} is on record. Weigh the patient first (patients weight ID --kg N).</source>
        <translation>La plantilla {template} calcula las unidades a partir del peso, y no hay ningún peso registrado en los {days} días anteriores al {day}. Pese primero al paciente (patients weight ID --kg N).</translation>
    </message>
    <message>
        <source>There is no protocol called &apos;{name}&apos;. Protocols: {known}.</source>
        <translation>No hay ningún protocolo llamado «{name}». Protocolos: {known}.</translation>
    </message>
    <message>
        <source>The protocol needs a name.</source>
        <translation>El protocolo necesita un nombre.</translation>
    </message>
    <message>
        <source>A protocol needs at least one site.</source>
        <translation>Un protocolo necesita al menos un punto de inyección.</translation>
    </message>
    <message>
        <source>There is already a protocol called &apos;{name}&apos;.</source>
        <translation>Ya hay un protocolo llamado «{name}».</translation>
    </message>
    <message>
        <source>There is already a protocol called &apos;{name}&apos; (for children).</source>
        <translation>Ya hay un protocolo llamado «{name}» (para niños).</translation>
    </message>
    <message>
        <source>There is no clinic protocol with id {id}.</source>
        <translation>No hay ningún protocolo de la clínica con el id {id}.</translation>
    </message>
    <message>
        <source>Unknown measure &apos;{code}&apos;. Measures: {known}.</source>
        <translation>Medida desconocida «{code}». Medidas: {known}.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a measure code (lowercase letters, digits, _).</source>
        <translation>«{code}» no es un código de medida (minúsculas, cifras, _).</translation>
    </message>
    <message>
        <source>There is already a measure &apos;{code}&apos;.</source>
        <translation>Ya hay una medida «{code}».</translation>
    </message>
    <message>
        <source>{name} has a toxin treatment booked on {other}, only {days} day after {day}; treatments are at least {floor} days apart.</source>
        <translation>{name} tiene un tratamiento con toxina programado el {other}, solo {days} día después del {day}; entre tratamientos debe haber al menos {floor} días.</translation>
    </message>
    <message>
        <source>{name} has a toxin treatment booked on {other}, only {days} days after {day}; treatments are at least {floor} days apart.</source>
        <translation>{name} tiene un tratamiento con toxina programado el {other}, solo {days} días después del {day}; entre tratamientos debe haber al menos {floor} días.</translation>
    </message>
    <message>
        <source>{name} has a toxin treatment booked on {other}; the first safe day for the next is {safe}.</source>
        <translation>{name} tiene un tratamiento con toxina programado el {other}; el primer día seguro para el siguiente es el {safe}.</translation>
    </message>
    <message>
        <source>{name}&apos;s last toxin injection was on {other}; the first safe day for the next is {safe}.</source>
        <translation>La última inyección de toxina de {name} fue el {other}; el primer día seguro para la siguiente es el {safe}.</translation>
    </message>
    <message>
        <source>Too early: treatment booked {other}, safe from {safe}</source>
        <translation>Demasiado pronto: tratamiento programado el {other}, seguro a partir del {safe}</translation>
    </message>
    <message>
        <source>Too early: last dose {other}, safe from {safe}</source>
        <translation>Demasiado pronto: última dosis el {other}, seguro a partir del {safe}</translation>
    </message>
    <message>
        <source>The dose planned ({units} U, as at {name}&apos;s last {indication} treatment): {finding}</source>
        <translation>La dosis prevista ({units} U, como en el último tratamiento de {indication} de {name}): {finding}</translation>
    </message>
    <message>
        <source>{findings} Give an override reason to record it anyway.</source>
        <translation>{findings} Indique un motivo de excepción para registrarlo de todos modos.</translation>
    </message>
    <message>
        <source>There is no lot {lot} in stock. Add it first (lots add).</source>
        <translation>No hay ningún lote {lot} en existencias. Añádalo primero (lots add).</translation>
    </message>
    <message>
        <source>Lot {lot} is {product}, not {wanted}: units of different products cannot be mixed.</source>
        <translation>El lote {lot} es de {product}, no de {wanted}: no se pueden mezclar unidades de productos distintos.</translation>
    </message>
    <message>
        <source>A treatment needs at least one injection site.</source>
        <translation>Un tratamiento necesita al menos un punto de inyección.</translation>
    </message>
    <message>
        <source>The sites add up to 0 units; enter the units given at each site.</source>
        <translation>Los puntos suman 0 unidades; introduzca las unidades administradas en cada punto.</translation>
    </message>
    <message>
        <source>Lot {lot} had {left} vial(s) left on record; check the stock count.</source>
        <translation>Según el registro, al lote {lot} le quedaban {left} vial(es); revise el recuento de existencias.</translation>
    </message>
    <message>
        <source>Treatment {id} was already signed by {name}.</source>
        <translation>{name} ya firmó el tratamiento {id}.</translation>
    </message>
    <message>
        <source>These cannot be amended: {fields}.</source>
        <translation>Estos datos no se pueden rectificar: {fields}.</translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation>Una rectificación necesita un motivo.</translation>
    </message>
    <message>
        <source>A treatment is supervised by someone other than the provider who gives it; leave &apos;supervised by&apos; empty when nobody supervised.</source>
        <translation>Un tratamiento lo supervisa alguien distinto del profesional que lo administra; deje «supervisado por» vacío si nadie lo supervisó.</translation>
    </message>
    <message>
        <source>Say what the adverse event was.</source>
        <translation>Indique cuál fue el acontecimiento adverso.</translation>
    </message>
    <message>
        <source>An adverse event cannot resolve before its onset.</source>
        <translation>Un acontecimiento adverso no puede resolverse antes de su inicio.</translation>
    </message>
    <message>
        <source>An adverse event cannot begin before the treatment.</source>
        <translation>Un acontecimiento adverso no puede empezar antes del tratamiento.</translation>
    </message>
    <message>
        <source>An outcome score cannot be recorded for a date after today.</source>
        <translation>No se puede registrar una puntuación de resultado con una fecha posterior a hoy.</translation>
    </message>
    <message>
        <source>This clinic already has user accounts; a manager adds new ones.</source>
        <translation>Esta clínica ya tiene cuentas de usuario; las nuevas las añade un gestor.</translation>
    </message>
    <message>
        <source>This clinic has no user accounts yet. Create the manager account first (clinic-desktop init --manager NAME).</source>
        <translation>Esta clínica aún no tiene cuentas de usuario. Cree primero la cuenta de gestor (clinic-desktop init --manager NAME).</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is locked after {count} wrong passwords, until {until}. A manager can unlock it sooner.</source>
        <translation>La cuenta de {name} está bloqueada tras {count} contraseñas incorrectas, hasta las {until}. Un gestor puede desbloquearla antes.</translation>
    </message>
    <message>
        <source>{name}&apos;s account was changed outside the software ({differences}), so it cannot sign in. A manager checks the audit trail (clinic-desktop audit verify) and sets the account right (users set, users passwd).</source>
        <translation>La cuenta de {name} se modificó fuera del programa ({differences}), así que no puede iniciar sesión. Un gestor revisa el registro de auditoría (clinic-desktop audit verify) y corrige la cuenta (users set, users passwd).</translation>
    </message>
    <message>
        <source>{name} is switched off; an account cannot be linked to them.</source>
        <translation>{name} está desactivado; no se le puede vincular una cuenta.</translation>
    </message>
    <message>
        <source>{provider} already has the account {account}; one provider is one active account (switch that one off first).</source>
        <translation>{provider} ya tiene la cuenta {account}; cada profesional tiene una sola cuenta activa (desactive primero esa).</translation>
    </message>
    <message>
        <source>{name} is the clinic&apos;s only manager; make another manager first.</source>
        <translation>{name} es el único gestor de la clínica; nombre primero a otro gestor.</translation>
    </message>
    <message>
        <source>There is no user called {name}.</source>
        <translation>No hay ningún usuario llamado {name}.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>The current password is wrong; the password was not changed.</source>
        <translation>La contraseña actual es incorrecta; no se ha cambiado la contraseña.</translation>
    </message>
    <message>
        <source>not working</source>
        <translation>sin trabajo</translation>
    </message>
    <message>
        <source>{provider}&apos;s hours ({days} {hours} from {since})</source>
        <translation>El horario de {provider} ({days} {hours} a partir del {since})</translation>
    </message>
    <message>
        <source>{provider}&apos;s hours ({days} {hours})</source>
        <translation>El horario de {provider} ({days} {hours})</translation>
    </message>
    <message>
        <source>{day} has passed; an extra session is for a day to come.</source>
        <translation>El {day} ya ha pasado; una sesión adicional es para un día futuro.</translation>
    </message>
    <message>
        <source>There is already an extra session {block} on {day}; change that one.</source>
        <translation>Ya hay una sesión adicional {block} el {day}; modifique esa.</translation>
    </message>
    <message>
        <source>Removing {provider}&apos;s extra session {block} on {day}</source>
        <translation>Quitar la sesión adicional {block} de {provider} el {day}</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>La ausencia</translation>
    </message>
    <message>
        <source>{provider}&apos;s time off on {day}</source>
        <translation>La ausencia de {provider} el {day}</translation>
    </message>
    <message>
        <source>{provider}&apos;s time off from {first} to {last}</source>
        <translation>La ausencia de {provider} del {first} al {last}</translation>
    </message>
    <message>
        <source>A closure</source>
        <translation>Un cierre</translation>
    </message>
    <message>
        <source>Closing the clinic on {day}</source>
        <translation>Cerrar la clínica el {day}</translation>
    </message>
    <message>
        <source>Closing the clinic from {first} to {last}</source>
        <translation>Cerrar la clínica del {first} al {last}</translation>
    </message>
    <message>
        <source>{patient} {start}-{end} with {provider}</source>
        <translation>{patient} {start}-{end} con {provider}</translation>
    </message>
    <message>
        <source>There is no user with id {id}.</source>
        <extracomment>The columns of an entry, in _entry&apos;s order (read straight from the cursor: a trail is long).</extracomment>
        <translation>No hay ningún usuario con el id {id}.</translation>
    </message>
    <message>
        <source>There is already a user called {name}.</source>
        <translation>Ya hay un usuario llamado {name}.</translation>
    </message>
    <message>
        <source>Provider record {id} was just linked to another active account; one provider is at most one active account.</source>
        <translation>La ficha de profesional {id} se acaba de vincular a otra cuenta activa; cada profesional tiene como máximo una cuenta activa.</translation>
    </message>
    <message>
        <source>The audit key file {path} cannot be read: {problem}.</source>
        <translation>No se puede leer el archivo de clave de auditoría {path}: {problem}.</translation>
    </message>
    <message>
        <source>{message} It may be damaged: put back the copy kept with the backups (clinic-desktop audit key import FILE).</source>
        <translation>{message} Puede que esté dañado: vuelva a poner la copia guardada con las copias de seguridad (clinic-desktop audit key import FILE).</translation>
    </message>
    <message>
        <source>The audit key file {path} holds another clinic&apos;s key ({clinic}).</source>
        <translation>El archivo de clave de auditoría {path} contiene la clave de otra clínica ({clinic}).</translation>
    </message>
    <message>
        <source>{path} already exists; name a new file for the key.</source>
        <translation>{path} ya existe; indique un archivo nuevo para la clave.</translation>
    </message>
    <message>
        <source>The key could not be written to {path}: {problem}.</source>
        <translation>No se ha podido escribir la clave en {path}: {problem}.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read: {reason}.</source>
        <translation>No se puede leer el archivo de clave {path}: {reason}.</translation>
    </message>
    <message>
        <source>{name} could not be read as a PostgreSQL backup ({reason})</source>
        <extracomment>restore_sqlite&apos;s ``prepare``: given the staged copy (the models bound to it) and its schema version. restore_postgresql&apos;s ``seal``: given the archive&apos;s audit head, schema version and database_info (key to value: its audit key records among them), the entry to add, or the statements to run instead (the restore&apos;s record kept beside the trail while its key is lost: AuditRecords).</extracomment>
        <translation>No se ha podido leer {name} como copia de seguridad de PostgreSQL ({reason})</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file.</source>
        <translation>{path} es una carpeta, no un archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>{name} is not a clinic database backup (it is not a SQLite file).</source>
        <translation>{name} no es una copia de seguridad de una base de datos de clínica (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be restored (SQLite reports: {problem}).</source>
        <translation>{name} está dañado y no se puede restaurar (SQLite informa: {problem}).</translation>
    </message>
    <message>
        <source>{name} has rows pointing to missing records; it was not used.</source>
        <translation>{name} tiene filas que apuntan a registros que faltan; no se ha usado.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a clinic database ({problem}).</source>
        <translation>{name} no se puede leer como base de datos de clínica ({problem}).</translation>
    </message>
    <message>
        <source>{name} is a SQLite database but not a clinic database.</source>
        <translation>{name} es una base de datos SQLite, pero no de una clínica.</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of the software (schema {version}; this version knows up to {known}). Update the software before restoring it.</source>
        <translation>{name} se escribió con una versión más reciente del programa (esquema {version}; esta versión llega hasta el {known}). Actualice el programa antes de restaurarla.</translation>
    </message>
    <message>
        <source>{name} records no schema version; it is not a clinic database.</source>
        <translation>{name} no registra ninguna versión de esquema; no es una base de datos de clínica.</translation>
    </message>
    <message>
        <source>The database is in the middle of a change; try the restore again.</source>
        <translation>La base de datos está a mitad de un cambio; vuelva a intentar la restauración.</translation>
    </message>
    <message>
        <source>{command} BACKUP-FILE (no automatic backup was found in {folder}), or File &gt; Backup and restore… in the window.</source>
        <translation>{command} BACKUP-FILE (no se ha encontrado ninguna copia de seguridad automática en {folder}), o Archivo &gt; Copia de seguridad y restauración… en la ventana.</translation>
    </message>
    <message>
        <source>{command} {backup} (the newest automatic backup), or File &gt; Backup and restore… in the window.</source>
        <translation>{command} {backup} (la copia de seguridad automática más reciente), o Archivo &gt; Copia de seguridad y restauración… en la ventana.</translation>
    </message>
    <message>
        <source>The PostgreSQL program {name} was not found on this computer (it is not on the PATH). Install the PostgreSQL client tools (the same major version as the server or newer) and try again.</source>
        <translation>No se ha encontrado el programa de PostgreSQL {name} en este equipo (no está en el PATH). Instale las herramientas cliente de PostgreSQL (la misma versión principal que el servidor o más reciente) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>pg_dump could not back up the database ({reason})</source>
        <translation>pg_dump no ha podido hacer la copia de seguridad de la base de datos ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a PostgreSQL backup (a pg_dump custom-format archive). It is a SQLite clinic database.</source>
        <translation>{name} no es una copia de seguridad de PostgreSQL (un archivo de formato personalizado de pg_dump). Es una base de datos SQLite de clínica.</translation>
    </message>
    <message>
        <source>{name} is not a PostgreSQL backup (a pg_dump custom-format archive).</source>
        <translation>{name} no es una copia de seguridad de PostgreSQL (un archivo de formato personalizado de pg_dump).</translation>
    </message>
    <message>
        <source>{name} is a PostgreSQL backup but not of a clinic database.</source>
        <translation>{name} es una copia de seguridad de PostgreSQL, pero no de una base de datos de clínica.</translation>
    </message>
    <message>
        <source>The restore failed and nothing was changed ({reason})</source>
        <translation>La restauración ha fallado y no se ha cambiado nada ({reason})</translation>
    </message>
    <message>
        <source>There is no waiting-list entry with id {id}.</source>
        <translation>No hay ninguna entrada de la lista de espera con el id {id}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a SQLite URL. Write sqlite:///path/to/clinic.db.</source>
        <translation>«{text}» no es una URL de SQLite. Escriba sqlite:///ruta/a/clinica.db.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a database this software opens. Give a file path, sqlite:///path or postgresql://user@host/name.</source>
        <translation>«{text}» no es una base de datos que abra este programa. Indique una ruta de archivo, sqlite:///ruta o postgresql://usuario@servidor/nombre.</translation>
    </message>
    <message>
        <source>The database at {display} could not be opened: {problem}.</source>
        <translation>No se ha podido abrir la base de datos de {display}: {problem}.</translation>
    </message>
    <message>
        <source>The database at {display} could not be opened: {problem}</source>
        <translation>No se ha podido abrir la base de datos de {display}: {problem}</translation>
    </message>
    <message>
        <source>&apos;{display}&apos; names no database. Write postgresql://user@host/name.</source>
        <translation>«{display}» no indica ninguna base de datos. Escriba postgresql://usuario@servidor/nombre.</translation>
    </message>
    <message>
        <source>This installation has no PostgreSQL driver; use a SQLite file or install psycopg2.</source>
        <translation>Esta instalación no tiene controlador de PostgreSQL; use un archivo SQLite o instale psycopg2.</translation>
    </message>
    <message>
        <source>{file} is not a clinic database (it is not a SQLite database file); it was left untouched.</source>
        <translation>{file} no es una base de datos de clínica (no es un archivo de base de datos SQLite); no se ha modificado.</translation>
    </message>
    <message>
        <source>There is no message with id {id}.</source>
        <translation>No hay ningún mensaje con el id {id}.</translation>
    </message>
    <message>
        <source>This file holds a database that is not a clinic database; it was left untouched.</source>
        <translation>Este archivo contiene una base de datos que no es de una clínica; no se ha modificado.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of the software (schema {version}; this version knows up to {known}). Update the software before opening it.</source>
        <translation>Esta base de datos se escribió con una versión más reciente del programa (esquema {version}; esta versión llega hasta el {known}). Actualice el programa antes de abrirla.</translation>
    </message>
    <message>
        <source>No migration step to schema {schema}; this installation is incomplete.</source>
        <translation>No hay ningún paso de migración al esquema {schema}; esta instalación está incompleta.</translation>
    </message>
    <message>
        <source>The upgrade would leave rows pointing to missing records; it was undone.</source>
        <translation>La actualización dejaría filas que apuntan a registros que faltan; se ha deshecho.</translation>
    </message>
    <message>
        <source>The PostgreSQL server lacks the btree_gist extension that keeps bookings from overlapping (it ships with PostgreSQL&apos;s contrib modules), or this database&apos;s owner may not create it. Ask the server&apos;s administrator to run CREATE EXTENSION btree_gist. ({problem})</source>
        <translation>Al servidor PostgreSQL le falta la extensión btree_gist, que impide que las citas se solapen (viene con los módulos contrib de PostgreSQL), o el propietario de esta base de datos no puede crearla. Pida al administrador del servidor que ejecute CREATE EXTENSION btree_gist. ({problem})</translation>
    </message>
    <message>
        <source>The database holds bookings that double-book the same provider (appointment {later} and an earlier one); the upgrade was undone. Open it with the previous version, move or cancel one of each pair (`check` lists them all), then open it again.</source>
        <translation>La base de datos contiene citas que ocupan al mismo profesional a la vez (la cita {later} y una anterior); se ha deshecho la actualización. Ábrala con la versión anterior, mueva o cancele una de cada par (`check` las enumera todas) y vuelva a abrirla.</translation>
    </message>
    <message>
        <source>The database holds bookings that double-book the same provider; the upgrade was undone. Open it with the previous version, move or cancel one of each pair (`check` lists them all), then open it again.</source>
        <translation>La base de datos contiene citas que ocupan al mismo profesional a la vez; se ha deshecho la actualización. Ábrala con la versión anterior, mueva o cancele una de cada par (`check` las enumera todas) y vuelva a abrirla.</translation>
    </message>
    <message>
        <source>The database holds bookings that double-book the same room (appointment {later} and an earlier one); the upgrade was undone. Open it with the previous version, move or cancel one of each pair (`check` lists them all), then open it again.</source>
        <translation>La base de datos contiene citas que ocupan la misma sala a la vez (la cita {later} y una anterior); se ha deshecho la actualización. Ábrala con la versión anterior, mueva o cancele una de cada par (`check` las enumera todas) y vuelva a abrirla.</translation>
    </message>
    <message>
        <source>The database holds bookings that double-book the same room; the upgrade was undone. Open it with the previous version, move or cancel one of each pair (`check` lists them all), then open it again.</source>
        <translation>La base de datos contiene citas que ocupan la misma sala a la vez; se ha deshecho la actualización. Ábrala con la versión anterior, mueva o cancele una de cada par (`check` las enumera todas) y vuelva a abrirla.</translation>
    </message>
    <message>
        <source>There is already a provider called {name}.</source>
        <translation>Ya hay un profesional llamado {name}.</translation>
    </message>
    <message>
        <source>There is already a room called {name}.</source>
        <translation>Ya hay una sala llamada {name}.</translation>
    </message>
    <message>
        <source>There is already an appointment type called {name}.</source>
        <translation>Ya hay un tipo de cita llamado {name}.</translation>
    </message>
    <message>
        <source>That time was just booked for the same provider from another workstation.</source>
        <translation>Esa hora se acaba de reservar para el mismo profesional desde otro puesto.</translation>
    </message>
    <message>
        <source>That time was just booked for the same room from another workstation.</source>
        <translation>Esa hora se acaba de reservar para la misma sala desde otro puesto.</translation>
    </message>
    <message>
        <source>The change clashes with what is already recorded ({problem}).</source>
        <translation>El cambio choca con lo que ya está registrado ({problem}).</translation>
    </message>
    <message>
        <source>Another workstation was saving at the same moment, so nothing was saved; try again.</source>
        <translation>Otro puesto estaba guardando en ese mismo momento, así que no se ha guardado nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check found: {found}; and {more} more</source>
        <translation>La comprobación de integridad de SQLite encontró: {found}; y {more} más</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check found: {found}</source>
        <translation>La comprobación de integridad de SQLite encontró: {found}</translation>
    </message>
    <message>
        <source>Row {row} of {table} points to a missing {parent}.</source>
        <translation>La fila {row} de {table} apunta a un registro de {parent} que falta.</translation>
    </message>
    <message>
        <source>There is no appointment type with id {id}.</source>
        <translation>No hay ningún tipo de cita con el id {id}.</translation>
    </message>
    <message>
        <source>There is no extra session with id {id}.</source>
        <translation>No hay ninguna sesión adicional con el id {id}.</translation>
    </message>
    <message>
        <source>There is no time off with id {id}.</source>
        <translation>No hay ninguna ausencia con el id {id}.</translation>
    </message>
    <message>
        <source>There is no closure with id {id}.</source>
        <translation>No hay ningún cierre con el id {id}.</translation>
    </message>
    <message>
        <source>There is no lot {id}.</source>
        <translation>No hay ningún lote {id}.</translation>
    </message>
    <message>
        <source>There is no reconstituted vial {id}.</source>
        <translation>No hay ningún vial reconstituido {id}.</translation>
    </message>
    <message>
        <source>There is no treatment {id}.</source>
        <translation>No hay ningún tratamiento {id}.</translation>
    </message>
</context>
<context>
    <name>AbsencesPage</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Extra sessions</source>
        <translation>Sesiones extra</translation>
    </message>
    <message>
        <source>Session ends at</source>
        <translation>La sesión termina a las</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>Añadir &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>&amp;Quitar sesión</translation>
    </message>
    <message>
        <source>Remove the selected session</source>
        <translation>Quitar la sesión seleccionada</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Extra session {hours} on {day} added.</source>
        <translation>Sesión extra de {hours} el {day} añadida.</translation>
    </message>
    <message>
        <source>Select the session to remove.</source>
        <translation>Seleccione la sesión que quiere quitar.</translation>
    </message>
    <message>
        <source>The session of {day} was removed.</source>
        <translation>Se ha quitado la sesión del {day}.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Provider&apos;s time off</source>
        <translation>Ausencias del profesional</translation>
    </message>
    <message>
        <source>e.g. annual leave, a course</source>
        <translation>p. ej., vacaciones, un curso</translation>
    </message>
    <message>
        <source>Add &amp;time off</source>
        <translation>Añadir &amp;ausencia</translation>
    </message>
    <message>
        <source>Remove time o&amp;ff</source>
        <translation>&amp;Quitar ausencia</translation>
    </message>
    <message>
        <source>Remove the selected time off</source>
        <translation>Quitar la ausencia seleccionada</translation>
    </message>
    <message>
        <source>A provider&apos;s time off</source>
        <translation>Ausencias de un profesional</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o (inclusive):</source>
        <translation>&amp;Hasta (incluido):</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Clinic closures</source>
        <translation>Cierres de la clínica</translation>
    </message>
    <message>
        <source>e.g. staff training, building works</source>
        <translation>p. ej., formación del personal, obras</translation>
    </message>
    <message>
        <source>A&amp;dd closure</source>
        <translation>Añadir c&amp;ierre</translation>
    </message>
    <message>
        <source>Remove clos&amp;ure</source>
        <translation>Q&amp;uitar cierre</translation>
    </message>
    <message>
        <source>Remove the selected closure</source>
        <translation>Quitar el cierre seleccionado</translation>
    </message>
    <message>
        <source>The clinic closed</source>
        <translation>Clínica cerrada</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>D&amp;esde:</translation>
    </message>
    <message>
        <source>To (inclusi&amp;ve):</source>
        <translation>Ha&amp;sta (incluido):</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Mo&amp;tivo:</translation>
    </message>
    <message>
        <source>{name} is off {days}.</source>
        <translation>{name} está ausente: {days}.</translation>
    </message>
    <message>
        <source>Select the time off to remove.</source>
        <translation>Seleccione la ausencia que quiere quitar.</translation>
    </message>
    <message>
        <source>Time off {days} removed.</source>
        <translation>Ausencia del {days} quitada.</translation>
    </message>
    <message>
        <source>The clinic is closed {days}.</source>
        <translation>La clínica está cerrada: {days}.</translation>
    </message>
    <message>
        <source>Select the closure to remove.</source>
        <translation>Seleccione el cierre que quiere quitar.</translation>
    </message>
    <message>
        <source>Closure {days} removed.</source>
        <translation>Cierre del {days} quitado.</translation>
    </message>
</context>
<context>
    <name>AdverseEventDialog</name>
    <message>
        <source>Adverse event after the treatment of {day}</source>
        <translation>Acontecimiento adverso tras el tratamiento del {day}</translation>
    </message>
    <message>
        <source>e.g. neck pain, ptosis, dysphagia</source>
        <translation>p. ej., dolor de cuello, ptosis, disfagia</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Resuelto el</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Qué ocurrió:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Add adverse event</source>
        <translation>Añadir acontecimiento adverso</translation>
    </message>
    <message>
        <source>Say what the adverse event was.</source>
        <translation>Indique cuál fue el acontecimiento adverso.</translation>
    </message>
</context>
<context>
    <name>AftercareDialog</name>
    <message>
        <source>Aftercare sheet — {name}</source>
        <translation>Hoja de cuidados posteriores — {name}</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>There is no translation for “{language}” yet: the sheet is in English.</source>
        <translation>Aún no hay traducción para «{language}»: la hoja está en inglés.</translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation>Hoja de cuidados posteriores</translation>
    </message>
    <message>
        <source>What will be printed, in the language chosen</source>
        <translation>Lo que se imprimirá, en el idioma elegido</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>Print aftercare sheet</source>
        <translation>Imprimir la hoja de cuidados posteriores</translation>
    </message>
    <message>
        <source>Save aftercare sheet as PDF</source>
        <translation>Guardar la hoja de cuidados posteriores como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend treatment of {day}</source>
        <translation>Corregir el tratamiento del {day}</translation>
    </message>
    <message>
        <source>Required: why the record changes (kept with your name)</source>
        <translation>Obligatorio: por qué cambia el registro (se guarda con su nombre)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Waste (units):</source>
        <translation>&amp;Desperdicio (unidades):</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Guardar la corrección</translation>
    </message>
    <message>
        <source>Signed by {name}: the change is added as an amendment; the original stays.</source>
        <translation>Firmado por {name}: el cambio se añade como corrección; el original se conserva.</translation>
    </message>
    <message>
        <source>Injection sites</source>
        <translation>Puntos de inyección</translation>
    </message>
    <message>
        <source>wasted units</source>
        <translation>unidades desperdiciadas</translation>
    </message>
    <message>
        <source>Give the reason for the amendment.</source>
        <translation>Indique el motivo de la corrección.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Large (150 %)</source>
        <translation>Grande (150 %)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal (el del sistema)</translation>
    </message>
    <message>
        <source>High contrast, light (black on white)</source>
        <translation>Alto contraste, claro (negro sobre blanco)</translation>
    </message>
    <message>
        <source>High contrast, dark (white on black)</source>
        <translation>Alto contraste, oscuro (blanco sobre negro)</translation>
    </message>
    <message>
        <source>Standard (the system&apos;s colours)</source>
        <translation>Estándar (los colores del sistema)</translation>
    </message>
</context>
<context>
    <name>AppearanceDialog</name>
    <message>
        <source>Wednesday 9 December</source>
        <translation>Miércoles 9 de diciembre</translation>
    </message>
    <message>
        <source>{start} to {end}, Laura Wright, spasticity treatment</source>
        <translation>{start} a {end}, Laura Wright, tratamiento de la espasticidad</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <source>Preview: a search field</source>
        <translation>Vista previa: un campo de búsqueda</translation>
    </message>
    <message>
        <source>Arrived: Laura Wright</source>
        <translation>Llegada: Laura Wright</translation>
    </message>
    <message>
        <source>Expected: Omar Haddad</source>
        <translation>Esperado: Omar Haddad</translation>
    </message>
    <message>
        <source>Preview: a list with its first row selected</source>
        <translation>Vista previa: una lista con su primera fila seleccionada</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <source>Preview: a button</source>
        <translation>Vista previa: un botón</translation>
    </message>
    <message>
        <source>Cancelled (a disabled control)</source>
        <translation>Cancelada (un control desactivado)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Normal, or large: half as large again as the system&apos;s text</source>
        <translation>Normal o grande: una vez y media el texto del sistema</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>The system&apos;s colours, or high contrast: black on white, or white on black</source>
        <translation>Los colores del sistema, o alto contraste: negro sobre blanco o blanco sobre negro</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <source>For this workstation only: others keep their own.</source>
        <translation>Solo para este puesto de trabajo: los demás conservan el suyo.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Use these</source>
        <translation>Usar estos</translation>
    </message>
    <message>
        <source>Use these: apply and keep for this workstation</source>
        <translation>Usar estos: aplicarlos y conservarlos en este puesto de trabajo</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Opened chart</source>
        <translation>Historia clínica abierta</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Contraseña incorrecta</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Cuenta bloqueada</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Password hash upgraded</source>
        <translation>Cifrado de la contraseña actualizado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Key exported</source>
        <translation>Clave exportada</translation>
    </message>
    <message>
        <source>Key imported</source>
        <translation>Clave importada</translation>
    </message>
    <message>
        <source>Key replaced</source>
        <translation>Clave sustituida</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Ajustado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Sent again</source>
        <translation>Reenviado</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Envío fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Acontecimiento adverso</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>Tipo de cita</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Enfermedad</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Clínica de demostración</translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation>Sesión adicional</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Plan de seguimiento</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario de trabajo</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Outcome measure</source>
        <translation>Escala de resultados</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Message channel</source>
        <translation>Canal de mensajes</translation>
    </message>
    <message>
        <source>Message consent</source>
        <translation>Consentimiento para mensajes</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Plantilla de mensaje</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Reconstitution</source>
        <translation>Reconstitución</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Ausencia</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>No</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>ningún campo ha cambiado</translation>
    </message>
    <message>
        <source>… ({count} more)</source>
        <translation>… ({count} más)</translation>
    </message>
    <message>
        <source>was {values}</source>
        <translation>era {values}</translation>
    </message>
    <message>
        <source>Patient {id}</source>
        <translation>Paciente {id}</translation>
    </message>
    <message>
        <source>Entry {id} · clinic time ({zone})</source>
        <translation>Entrada {id} · hora de la clínica ({zone})</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&amp;Verify trail</source>
        <translation>&amp;Comprobar el registro</translation>
    </message>
    <message>
        <source>Check the whole trail: any entry changed, deleted or put out of order is named</source>
        <translation>Comprobar todo el registro: se indica cualquier entrada modificada, eliminada o fuera de orden</translation>
    </message>
    <message>
        <source>Patient: name, MRN or id</source>
        <translation>Paciente: nombre, n.º de historia o id</translation>
    </message>
    <message>
        <source>Only this patient&apos;s entries: a name, an MRN or an id number</source>
        <translation>Solo las entradas de este paciente: un nombre, un número de historia clínica o un número de id</translation>
    </message>
    <message>
        <source>Clear the patient</source>
        <translation>Borrar el paciente</translation>
    </message>
    <message>
        <source>Only this patient&apos;s entries: type a name, an MRN, or the patient&apos;s id number</source>
        <translation>Solo las entradas de este paciente: escriba un nombre, un número de historia clínica o el número de id del paciente</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <source>Only what this user did</source>
        <translation>Solo lo que hizo este usuario</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>First day (clinic dates, included)</source>
        <translation>Primer día (fechas de la clínica, incluido)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Last day (included)</source>
        <translation>Último día (incluido)</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Entrada seleccionada</translation>
    </message>
    <message>
        <source>Every value before and after the change</source>
        <translation>Todos los valores antes y después del cambio</translation>
    </message>
    <message>
        <source>Select an entry to see every value before and after.</source>
        <translation>Seleccione una entrada para ver todos los valores antes y después.</translation>
    </message>
    <message>
        <source>The dates are the wrong way round: “From” is after “To”.</source>
        <translation>Las fechas están al revés: «Desde» es posterior a «Hasta».</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Ninguna entrada coincide con estos filtros.</translation>
    </message>
    <message>
        <source>1 entry, newest first</source>
        <translation>1 entrada, las más recientes primero</translation>
    </message>
    <message>
        <source>{count} entries, newest first</source>
        <translation>{count} entradas, las más recientes primero</translation>
    </message>
    <message>
        <source>1 entry, newest first (scroll down for older ones)</source>
        <translation>1 entrada, las más recientes primero (desplácese hacia abajo para ver las anteriores)</translation>
    </message>
    <message>
        <source>{count} entries, newest first (scroll down for older ones)</source>
        <translation>{count} entradas, las más recientes primero (desplácese hacia abajo para ver las anteriores)</translation>
    </message>
    <message>
        <source>Could not read the audit trail</source>
        <translation>No se pudo leer el registro de auditoría</translation>
    </message>
    <message>
        <source>Entry {id}</source>
        <translation>Entrada {id}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Checking every entry of the trail…</source>
        <translation>Comprobando cada entrada del registro…</translation>
    </message>
    <message>
        <source>No patient matches “{typed}”: type a name, an MRN or a patient&apos;s id.</source>
        <translation>Ningún paciente coincide con «{typed}»: escriba un nombre, un número de historia clínica o el id de un paciente.</translation>
    </message>
    <message>
        <source>{patient} (best of {count} matches)</source>
        <translation>{patient} (el más parecido de {count} coincidencias)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>{count} patients</source>
        <translation>{count} pacientes</translation>
    </message>
    <message>
        <source>{count} providers</source>
        <translation>{count} profesionales</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation>{count} citas</translation>
    </message>
    <message>
        <source>{count} treatments</source>
        <translation>{count} tratamientos</translation>
    </message>
    <message>
        <source>Replace the clinic database with the backup {file}, taken {date} at {time}? It holds {counts} (schema {schema}).</source>
        <translation>¿Sustituir la base de datos de la clínica por la copia de seguridad {file}, hecha el {date} a las {time}? Contiene {counts} (esquema {schema}).</translation>
    </message>
    <message>
        <source>Replace the clinic database with the backup {file}, taken {date} at {time}?</source>
        <translation>¿Sustituir la base de datos de la clínica por la copia de seguridad {file}, hecha el {date} a las {time}?</translation>
    </message>
    <message>
        <source>Everything entered after that backup will no longer be in the clinic&apos;s records. The current database is kept first, beside it as {stem}-before-restore-&lt;date and time&gt;{suffix}, so the restore can be undone by restoring that copy.</source>
        <translation>Todo lo introducido después de esa copia dejará de estar en los registros de la clínica. Antes se guarda la base de datos actual, junto a ella, como {stem}-before-restore-&lt;fecha y hora&gt;{suffix}, de modo que la restauración se puede deshacer restaurando esa copia.</translation>
    </message>
    <message>
        <source>Everything entered after that backup will no longer be in the clinic&apos;s records. The current database is kept first, as a dump in {folder}, so the restore can be undone by restoring that copy.</source>
        <translation>Todo lo introducido después de esa copia dejará de estar en los registros de la clínica. Antes se guarda la base de datos actual, como volcado en {folder}, de modo que la restauración se puede deshacer restaurando esa copia.</translation>
    </message>
    <message>
        <source>Other workstations should stop working while it runs. When it is done this application closes; start {app} again to work on the restored database.</source>
        <translation>Los demás puestos de trabajo deben dejar de trabajar mientras se realiza. Al terminar, esta aplicación se cierra; vuelva a abrir {app} para trabajar con la base de datos restaurada.</translation>
    </message>
    <message>
        <source>The clinic database was restored from {file}.</source>
        <translation>La base de datos de la clínica se restauró desde {file}.</translation>
    </message>
    <message>
        <source>The database it replaced was kept as {file}.</source>
        <translation>La base de datos sustituida se guardó como {file}.</translation>
    </message>
    <message>
        <source>The backup was upgraded from schema {old} to {new}.</source>
        <translation>La copia se actualizó del esquema {old} al {new}.</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Copia de seguridad y restauración</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database:&lt;/b&gt; {location}</source>
        <translation>&lt;b&gt;Base de datos:&lt;/b&gt; {location}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Automatic backups&lt;/b&gt; ({policy}), in {folder}</source>
        <translation>&lt;b&gt;Copias de seguridad automáticas&lt;/b&gt; ({policy}), en {folder}</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Las más recientes primero</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer una copia ahora…</translation>
    </message>
    <message>
        <source>Write a copy of the database, while it is in use, and check it</source>
        <translation>Escribir una copia de la base de datos, mientras se usa, y comprobarla</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Replace the database with the selected backup (the current one is kept)</source>
        <translation>Sustituir la base de datos por la copia seleccionada (la actual se conserva)</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>Restaurar desde un &amp;archivo…</translation>
    </message>
    <message>
        <source>Replace the database with a backup file from elsewhere</source>
        <translation>Sustituir la base de datos por un archivo de copia de otro lugar</translation>
    </message>
    <message>
        <source>Loading the list of backups…</source>
        <translation>Cargando la lista de copias de seguridad…</translation>
    </message>
    <message>
        <source>The last automatic backup was taken {date} at {time}.</source>
        <translation>La última copia automática se hizo el {date} a las {time}.</translation>
    </message>
    <message>
        <source>There is no automatic backup yet: the application takes one when it has been open a few seconds, then every day.</source>
        <translation>Aún no hay ninguna copia automática: la aplicación hace una cuando lleva abierta unos segundos y después cada día.</translation>
    </message>
    <message>
        <source>Clinic backups (*.db);;All files (*)</source>
        <translation>Copias de la clínica (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>PostgreSQL backups (*.dump);;All files (*)</source>
        <translation>Copias de PostgreSQL (*.dump);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Back up the clinic database</source>
        <translation>Hacer una copia de la base de datos de la clínica</translation>
    </message>
    <message>
        <source>Backing up to {file}…</source>
        <translation>Haciendo la copia en {file}…</translation>
    </message>
    <message>
        <source>Backed up to {file} ({size}; {counts}). The copy was checked.</source>
        <translation>Copia hecha en {file} ({size}; {counts}). La copia se ha comprobado.</translation>
    </message>
    <message>
        <source>Restore the clinic database from</source>
        <translation>Restaurar la base de datos de la clínica desde</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Comprobando {file}…</translation>
    </message>
    <message>
        <source>{file} was checked: it can be restored.</source>
        <translation>{file} se ha comprobado: se puede restaurar.</translation>
    </message>
    <message>
        <source>Restore the clinic database?</source>
        <translation>¿Restaurar la base de datos de la clínica?</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>No se ha restaurado nada.</translation>
    </message>
    <message>
        <source>Restoring from {file}… (do not switch the computer off)</source>
        <translation>Restaurando desde {file}… (no apague el ordenador)</translation>
    </message>
    <message>
        <source>{app} will now close. Start it again to work on the restored database.</source>
        <translation>{app} se cerrará ahora. Vuelva a abrirlo para trabajar con la base de datos restaurada.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>No se ha restaurado nada: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Este archivo no se puede restaurar: {reason}</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>La copia de seguridad ha fallado: {reason}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show.</source>
        <translation>Nada que mostrar.</translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation>Gráfico de barras</translation>
    </message>
    <message>
        <source>(total {total})</source>
        <translation>(total: {total})</translation>
    </message>
    <message>
        <source>{values} by {categories}</source>
        <translation>{values} por {categories}</translation>
    </message>
    <message>
        <source>Bar chart of {what}.</source>
        <translation>Gráfico de barras de {what}.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book appointment</source>
        <translation>Reservar cita</translation>
    </message>
    <message>
        <source>The clinic&apos;s proposals for this patient, best first: Enter books the one highlighted</source>
        <translation>Las propuestas de la clínica para este paciente, la mejor primero: Intro reserva la resaltada</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>Tipo de cita</translation>
    </message>
    <message>
        <source> min</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>The day and time the appointment starts</source>
        <translation>El día y la hora de inicio de la cita</translation>
    </message>
    <message>
        <source>Next free slot</source>
        <translation>Siguiente hueco libre</translation>
    </message>
    <message>
        <source>The first free time for this type with this provider, from the chosen day</source>
        <translation>La primera hora libre para este tipo con este profesional, a partir del día elegido</translation>
    </message>
    <message>
        <source>Why it is booked anyway (kept on record)</source>
        <translation>Por qué se reserva de todos modos (queda registrado)</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Motivo de la excepción</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation>Pro&amp;fesional</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>R&amp;oom</source>
        <translation>Sa&amp;la</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <source>Enter books the highlighted choice · Esc closes without booking</source>
        <translation>Intro reserva la opción resaltada · Esc cierra sin reservar</translation>
    </message>
    <message>
        <source>{type} ({minutes} min)</source>
        <translation>{type} ({minutes} minutos)</translation>
    </message>
    <message>
        <source>Any suitable room</source>
        <translation>Cualquier sala adecuada</translation>
    </message>
    <message>
        <source>Choose the patient first.</source>
        <translation>Elija primero al paciente.</translation>
    </message>
    <message>
        <source>Choose the type of appointment.</source>
        <translation>Elija el tipo de cita.</translation>
    </message>
    <message>
        <source>No toxin treatment yet: a {visit} first.</source>
        <translation>Aún sin tratamiento con toxina: primero, {visit}.</translation>
    </message>
    <message>
        <source>Next {indication} treatment due {window}</source>
        <translation>Próximo tratamiento de {indication} previsto {window}</translation>
    </message>
    <message>
        <source>last dose {day}</source>
        <translation>última dosis {day}</translation>
    </message>
    <message>
        <source>not before {day}</source>
        <translation>no antes del {day}</translation>
    </message>
    <message>
        <source>Proposed, best first:</source>
        <translation>Propuestas, la mejor primero:</translation>
    </message>
    <message>
        <source>Nothing free to propose: choose a time below.</source>
        <translation>No hay nada libre que proponer: elija una hora abajo.</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 día de retraso</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>{days} días de retraso</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>primera visita</translation>
    </message>
    <message>
        <source>(Enter books the time chosen in the calendar; Tab or Down to take a proposal.)</source>
        <translation>(Intro reserva la hora elegida en el calendario; Tab o Abajo para tomar una propuesta.)</translation>
    </message>
    <message>
        <source>Why: {reasons}.</source>
        <translation>Por qué: {reasons}.</translation>
    </message>
    <message>
        <source>No free time for this type with this provider in the next 90 days.</source>
        <translation>No hay horas libres para este tipo con este profesional en los próximos 90 días.</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Cancel appointment…</source>
        <translation>Cancelar la cita…</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>⚠ Consent expired: renew it before treating</source>
        <translation>⚠ Consentimiento vencido: renuévelo antes de tratar</translation>
    </message>
    <message>
        <source>{start} to {end}, {patient}, {type}, {provider}, {status}</source>
        <translation>{start} a {end}, {patient}, {type}, {provider}, {status}</translation>
    </message>
    <message>
        <source>{appointment}, consent expired</source>
        <translation>{appointment}, consentimiento vencido</translation>
    </message>
    <message>
        <source>{appointment}, booked too early</source>
        <translation>{appointment}, reservada demasiado pronto</translation>
    </message>
    <message>
        <source>Room: {room}</source>
        <translation>Sala: {room}</translation>
    </message>
    <message>
        <source>Consent expired: renew it before treating</source>
        <translation>Consentimiento vencido: renuévelo antes de tratar</translation>
    </message>
    <message>
        <source>{time}, {where}, free</source>
        <translation>{time}, {where}, libre</translation>
    </message>
    <message>
        <source>{time}, {where}, outside working hours</source>
        <translation>{time}, {where}, fuera del horario de trabajo</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Go to today (T in the grid, Ctrl+T anywhere)</source>
        <translation>Ir a hoy (T en la cuadrícula, Ctrl+T en cualquier lugar)</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Día mostrado</translation>
    </message>
    <message>
        <source>Provider whose week is shown</source>
        <translation>Profesional cuya semana se muestra</translation>
    </message>
    <message>
        <source>Whose week to show</source>
        <translation>De quién mostrar la semana</translation>
    </message>
    <message>
        <source>Only &amp;my day</source>
        <translation>Solo &amp;mi día</translation>
    </message>
    <message>
        <source>Show only your own column; untick to see every provider&apos;s day</source>
        <translation>Mostrar solo su propia columna; desmarque para ver el día de todos los profesionales</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Dar cita…</translation>
    </message>
    <message>
        <source>Book an appointment at the chosen slot, else the first free time of the day shown (Ctrl+B anywhere; N in the grid, or double-click a free slot)</source>
        <translation>Reservar una cita en el hueco elegido o, si no, en la primera hora libre del día mostrado (Ctrl+B en cualquier lugar; N en la cuadrícula, o doble clic en un hueco libre)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 cita</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation>{count} citas</translation>
    </message>
    <message>
        <source>no appointments</source>
        <translation>ninguna cita</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Hoy, {day}</translation>
    </message>
    <message>
        <source>A week a row, a day a cell: Enter opens the day</source>
        <translation>Una semana por fila, un día por celda: Intro abre el día</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Not ready to book yet</source>
        <translation>Aún no se pueden reservar citas</translation>
    </message>
    <message>
        <source>Recurring appointment</source>
        <translation>Cita periódica</translation>
    </message>
    <message>
        <source>{patient}&apos;s appointment is part of a series. Move only this one, or this one and every later one by the same amount?</source>
        <translation>La cita de {patient} forma parte de una serie. ¿Mover solo esta o esta y todas las posteriores en la misma medida?</translation>
    </message>
    <message>
        <source>Only this one</source>
        <translation>Solo esta</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>Esta y las siguientes</translation>
    </message>
    <message>
        <source>The appointment was not moved</source>
        <translation>La cita no se ha movido</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Cancelar la cita</translation>
    </message>
    <message>
        <source>Why is the appointment cancelled? (kept on record)</source>
        <translation>¿Por qué se cancela la cita? (queda registrado)</translation>
    </message>
    <message>
        <source>The appointment was not changed</source>
        <translation>La cita no se ha modificado</translation>
    </message>
    <message>
        <source>{count} arrived</source>
        <translation>{count} han llegado</translation>
    </message>
    <message>
        <source>{count} in room</source>
        <translation>{count} en sala</translation>
    </message>
    <message>
        <source>{count} completed</source>
        <translation>{count} completadas</translation>
    </message>
    <message>
        <source>{count} cancelled</source>
        <translation>{count} canceladas</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>No trabaja</translation>
    </message>
</context>
<context>
    <name>CataloguePages</name>
    <message>
        <source>Muscle or region</source>
        <translation>Músculo o región</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>bilateral</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>línea media</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Dosis total</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocolos</translation>
    </message>
    <message>
        <source>where the doses come from (a paper, the clinic&apos;s own practice)</source>
        <translation>de dónde salen las dosis (un artículo, la práctica de la clínica)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Indication:</source>
        <translation>&amp;Indicación:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>Pro&amp;ducto:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>Protocol&apos;s injection sites</source>
        <translation>Puntos de inyección del protocolo</translation>
    </message>
    <message>
        <source>A muscle or region a row: its side and units</source>
        <translation>Un músculo o región por fila: su lado y sus unidades</translation>
    </message>
    <message>
        <source>Add &amp;site</source>
        <translation>Añadir &amp;punto</translation>
    </message>
    <message>
        <source>Add an injection site row</source>
        <translation>Añadir una fila de punto de inyección</translation>
    </message>
    <message>
        <source>Remove si&amp;te</source>
        <translation>&amp;Quitar punto</translation>
    </message>
    <message>
        <source>Remove the selected site row</source>
        <translation>Quitar la fila de punto seleccionada</translation>
    </message>
    <message>
        <source>&amp;New protocol</source>
        <translation>Nuevo pro&amp;tocolo</translation>
    </message>
    <message>
        <source>&amp;Delete protocol</source>
        <translation>&amp;Borrar protocolo</translation>
    </message>
    <message>
        <source>Delete the selected clinic protocol</source>
        <translation>Borrar el protocolo de la clínica seleccionado</translation>
    </message>
    <message>
        <source>Sa&amp;ve protocol</source>
        <translation>&amp;Guardar protocolo</translation>
    </message>
    <message>
        <source>{name} (clinic)</source>
        <translation>{name} (clínica)</translation>
    </message>
    <message>
        <source>Sa&amp;ve as a clinic protocol</source>
        <translation>&amp;Guardar como protocolo de la clínica</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>&apos;{points}&apos; is not a number of injection points.</source>
        <translation>«{points}» no es un número de puntos de inyección.</translation>
    </message>
    <message>
        <source>Site {number}: {problem}</source>
        <translation>Fila {number}: {problem}</translation>
    </message>
    <message>
        <source>{name} saved: {units} U at {points} points.</source>
        <translation>{name} guardado: {units} U en {points} puntos.</translation>
    </message>
    <message>
        <source>Select one of the clinic&apos;s own protocols to delete.</source>
        <translation>Seleccione uno de los protocolos propios de la clínica para borrarlo.</translation>
    </message>
    <message>
        <source>{name} deleted.</source>
        <translation>{name} borrado.</translation>
    </message>
    <message>
        <source>{low} to {high} {unit}</source>
        <translation>{low} a {high} {unit}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Outcome measures</source>
        <translation>Medidas de resultado</translation>
    </message>
    <message>
        <source>lowercase, e.g. neck_pain (kept once scores use it)</source>
        <translation>en minúsculas, p. ej., dolor_cuello (se conserva una vez usado en puntuaciones)</translation>
    </message>
    <message>
        <source>&amp;Lower is better (pain, disability)</source>
        <translation>Cuanto más &amp;bajo, mejor (dolor, discapacidad)</translation>
    </message>
    <message>
        <source>&amp;New measure</source>
        <translation>&amp;Nueva medida</translation>
    </message>
    <message>
        <source>&amp;Remove measure</source>
        <translation>&amp;Quitar medida</translation>
    </message>
    <message>
        <source>Remove the selected clinic measure (only one never scored)</source>
        <translation>Quitar la medida de la clínica seleccionada (solo si nunca se ha puntuado)</translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation>Añadir medid&amp;a</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>L&amp;owest:</source>
        <translation>Valor &amp;mínimo:</translation>
    </message>
    <message>
        <source>&amp;Highest:</source>
        <translation>Valor má&amp;ximo:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number for the lowest value.</source>
        <translation>«{text}» no es un número para el valor mínimo.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number for the highest value.</source>
        <translation>«{text}» no es un número para el valor máximo.</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name}: guardado.</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>{name}: añadido.</translation>
    </message>
    <message>
        <source>Select one of the clinic&apos;s own measures to remove.</source>
        <translation>Seleccione una de las medidas propias de la clínica para quitarla.</translation>
    </message>
    <message>
        <source>{name} removed.</source>
        <translation>{name}: quitado.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Sesión iniciada como &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Sign in to change your password.</source>
        <translation>Inicie sesión para cambiar su contraseña.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>R&amp;epeat new password:</source>
        <translation>Re&amp;petir la nueva contraseña:</translation>
    </message>
    <message>
        <source>Type your current password first.</source>
        <translation>Escriba primero su contraseña actual.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Su contraseña se ha cambiado.</translation>
    </message>
</context>
<context>
    <name>ChartOutcomes</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Which measure the graph and the table show</source>
        <translation>Qué medida muestran el gráfico y la tabla</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Medida:</translation>
    </message>
    <message>
        <source>Type a value in “Record a score” below and press Enter.</source>
        <translation>Escriba un valor en «Registrar una puntuación», abajo, y pulse Intro.</translation>
    </message>
    <message>
        <source>No scores recorded yet.</source>
        <translation>Aún no hay puntuaciones registradas.</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Measure to record</source>
        <translation>Medida que se registra</translation>
    </message>
    <message>
        <source>Clear the value</source>
        <translation>Borrar el valor</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>The day the score describes (a diary month: the day it was counted)</source>
        <translation>El día al que se refiere la puntuación (un mes de diario: el día en que se contó)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Add score</source>
        <translation>Añadir puntuación</translation>
    </message>
    <message>
        <source>Save the score (Enter in the value field)</source>
        <translation>Guardar la puntuación (Intro en el campo del valor)</translation>
    </message>
    <message>
        <source>Record a score</source>
        <translation>Registrar una puntuación</translation>
    </message>
    <message>
        <source>{measure} — 1 score</source>
        <translation>{measure} — 1 puntuación</translation>
    </message>
    <message>
        <source>{measure} — {count} scores</source>
        <translation>{measure} — {count} puntuaciones</translation>
    </message>
    <message>
        <source>{measure} — none yet</source>
        <translation>{measure} — ninguna aún</translation>
    </message>
    <message>
        <source>{measure}: {low} to {high}. Enter saves.</source>
        <translation>{measure}: de {low} a {high}. Intro guarda.</translation>
    </message>
    <message>
        <source>Chronic migraine: {summary}.</source>
        <translation>Migraña crónica: {summary}.</translation>
    </message>
    <message>
        <source>⚠ {flag}. Review before the next treatment.</source>
        <translation>⚠ {flag}. Revíselo antes del próximo tratamiento.</translation>
    </message>
    <message>
        <source>1 score, most recent first</source>
        <translation>1 puntuación, la más reciente primero</translation>
    </message>
    <message>
        <source>{count} scores, most recent first</source>
        <translation>{count} puntuaciones, las más recientes primero</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>Aún no hay puntuaciones</translation>
    </message>
    <message>
        <source>pre-treatment</source>
        <translation>antes del tratamiento</translation>
    </message>
    <message>
        <source>{percent}% fewer</source>
        <translation>{percent} % menos</translation>
    </message>
    <message>
        <source>{percent}% more</source>
        <translation>{percent} % más</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>{change} vs first</source>
        <translation>{change} respecto a la primera</translation>
    </message>
    <message>
        <source>first score</source>
        <translation>primera puntuación</translation>
    </message>
    <message>
        <source>Type a value for {measure} ({low} to {high}).</source>
        <translation>Escriba un valor para {measure} (de {low} a {high}).</translation>
    </message>
    <message>
        <source>{measure}: {value} on {day} saved.</source>
        <translation>{measure}: {value} del {day} guardado.</translation>
    </message>
</context>
<context>
    <name>ChartTreatments</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Desperdicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Muscle or region</source>
        <translation>Músculo o región</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>12-week interval</source>
        <translation>Intervalo de 12 semanas</translation>
    </message>
    <message>
        <source>400 U in 3 months</source>
        <translation>400 U en 3 meses</translation>
    </message>
    <message>
        <source>Unusual total</source>
        <translation>Total inusual</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>waste units</source>
        <translation>unidades desperdiciadas</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>puntos de inyección</translation>
    </message>
    <message>
        <source>1 override</source>
        <translation>1 excepción</translation>
    </message>
    <message>
        <source>{count} overrides</source>
        <translation>{count} excepciones</translation>
    </message>
    <message>
        <source>1 amendment</source>
        <translation>1 corrección</translation>
    </message>
    <message>
        <source>{count} amendments</source>
        <translation>{count} correcciones</translation>
    </message>
    <message>
        <source>1 adverse event</source>
        <translation>1 acontecimiento adverso</translation>
    </message>
    <message>
        <source>{count} adverse events</source>
        <translation>{count} acontecimientos adversos</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Chart treatment…</source>
        <translation>Registrar tratamiento…</translation>
    </message>
    <message>
        <source>Record today&apos;s injections (Ctrl+T)</source>
        <translation>Registrar las inyecciones de hoy (Ctrl+T)</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>Sign the selected draft</source>
        <translation>Firmar el borrador seleccionado</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>Correct notes, waste or sites, with a reason</source>
        <translation>Corregir notas, desperdicio o puntos, con un motivo</translation>
    </message>
    <message>
        <source>Add adverse event…</source>
        <translation>Añadir acontecimiento adverso…</translation>
    </message>
    <message>
        <source>Print map</source>
        <translation>Imprimir mapa</translation>
    </message>
    <message>
        <source>Print the injection map of the selected treatment</source>
        <translation>Imprimir el mapa de inyecciones del tratamiento seleccionado</translation>
    </message>
    <message>
        <source>Aftercare sheet…</source>
        <translation>Hoja de cuidados posteriores…</translation>
    </message>
    <message>
        <source>Print or save the aftercare advice, in the patient&apos;s language</source>
        <translation>Imprimir o guardar los consejos posteriores, en el idioma del paciente</translation>
    </message>
    <message>
        <source>Injection sites of the selected treatment</source>
        <translation>Puntos de inyección del tratamiento seleccionado</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Draft — not signed</source>
        <translation>Borrador — sin firmar</translation>
    </message>
    <message>
        <source>No treatments charted yet. Chart one with Ctrl+T.</source>
        <translation>Aún no hay tratamientos registrados. Registre uno con Ctrl+T.</translation>
    </message>
    <message>
        <source>No treatments charted yet.</source>
        <translation>Aún no hay tratamientos registrados.</translation>
    </message>
    <message>
        <source>1 treatment, most recent first</source>
        <translation>1 tratamiento, el más reciente primero</translation>
    </message>
    <message>
        <source>{count} treatments, most recent first</source>
        <translation>{count} tratamientos, los más recientes primero</translation>
    </message>
    <message>
        <source>1 draft to sign</source>
        <translation>1 borrador por firmar</translation>
    </message>
    <message>
        <source>{count} drafts to sign</source>
        <translation>{count} borradores por firmar</translation>
    </message>
    <message>
        <source>Treatment of {units} U signed.</source>
        <translation>Tratamiento de {units} U firmado.</translation>
    </message>
    <message>
        <source>Treatment of {units} U saved as a draft.</source>
        <translation>Tratamiento de {units} U guardado como borrador.</translation>
    </message>
    <message>
        <source>Note: {notes}</source>
        <translation>Nota: {notes}</translation>
    </message>
    <message>
        <source>Next follow-up booked.</source>
        <translation>Próxima cita de seguimiento reservada.</translation>
    </message>
    <message>
        <source>Treatment of {day} signed by {name}.</source>
        <translation>Tratamiento del {day} firmado por {name}.</translation>
    </message>
    <message>
        <source>Amendment saved.</source>
        <translation>Corrección guardada.</translation>
    </message>
    <message>
        <source>Adverse event added.</source>
        <translation>Acontecimiento adverso añadido.</translation>
    </message>
    <message>
        <source>{name} ({mrn}) — {when} — {treatment}, {dose} {product}, lot {lot}</source>
        <translation>{name} ({mrn}) — {when} — {treatment}, {dose} {product}, lote {lot}</translation>
    </message>
    <message>
        <source>dilution not recorded</source>
        <translation>dilución no registrada</translation>
    </message>
    <message>
        <source>{ml} mL per vial ({units} U per 0.1 mL)</source>
        <translation>{ml} mL por vial ({units} U por 0,1 mL)</translation>
    </message>
    <message>
        <source>{ml} mL per vial</source>
        <translation>{ml} mL por vial</translation>
    </message>
    <message>
        <source>Signed by {name} on {when}</source>
        <translation>Firmado por {name} el {when}</translation>
    </message>
    <message>
        <source>consent checked</source>
        <translation>consentimiento comprobado</translation>
    </message>
    <message>
        <source>aftercare given</source>
        <translation>consejos posteriores entregados</translation>
    </message>
    <message>
        <source>(supervised by {name})</source>
        <translation>(supervisado por {name})</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>{count} points</source>
        <translation>{count} puntos</translation>
    </message>
    <message>
        <source>{product}, lot {lot} (expires {expires}) · {dilution} · guidance: {guidance}</source>
        <translation>{product}, lote {lot} (caduca el {expires}) · {dilution} · guiado: {guidance}</translation>
    </message>
    <message>
        <source>{dose} at {points} · waste {waste} U ({modifier}) · {ticks}</source>
        <translation>{dose} en {points} · desperdicio {waste} U ({modifier}) · {ticks}</translation>
    </message>
    <message>
        <source>{event} ({severity}), from {onset} to {resolved}</source>
        <translation>{event} ({severity}), del {onset} al {resolved}</translation>
    </message>
    <message>
        <source>{event} ({severity}), from {onset}, not resolved</source>
        <translation>{event} ({severity}), desde el {onset}, sin resolver</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Acontecimientos adversos</translation>
    </message>
    <message>
        <source>Overridden by {name} on {when} — “{reason}”</source>
        <translation>Autorizado por {name} el {when} — «{reason}»</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Excepciones</translation>
    </message>
    <message>
        <source>{when} by {name} — “{reason}”</source>
        <translation>{when}, por {name} — «{reason}»</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <source>No adverse events, overrides or amendments.</source>
        <translation>Sin acontecimientos adversos, excepciones ni correcciones.</translation>
    </message>
    <message>
        <source>{dose} at {weight}</source>
        <translation>{dose} con {weight}</translation>
    </message>
</context>
<context>
    <name>ChartWeights</name>
    <message>
        <source>Measured on</source>
        <translation>Medido el</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>In pounds</source>
        <translation>En libras</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>e.g. 19.5 — Enter records it</source>
        <translation>p. ej., 19,5 — Intro lo registra</translation>
    </message>
    <message>
        <source>Pounds are stored as kilograms (1 lb = 0.45359237 kg)</source>
        <translation>Las libras se guardan como kilogramos (1 lb = 0,45359237 kg)</translation>
    </message>
    <message>
        <source>Weight unit</source>
        <translation>Unidad de peso</translation>
    </message>
    <message>
        <source>Record weight</source>
        <translation>Registrar peso</translation>
    </message>
    <message>
        <source>Weig&amp;ht:</source>
        <translation>P&amp;eso:</translation>
    </message>
    <message>
        <source>measured on</source>
        <translation>medido el</translation>
    </message>
    <message>
        <source>Newest weighing: {weight} on {day}.</source>
        <translation>Última pesada: {weight} el {day}.</translation>
    </message>
    <message>
        <source>No weight recorded yet.</source>
        <translation>Aún no hay ningún peso registrado.</translation>
    </message>
    <message>
        <source>Under 18: toxin doses are set by weight, and charting needs a weight from the last {days} days. Weigh the patient and record it here.</source>
        <translation>Menor de 18 años: las dosis de toxina se fijan según el peso, y para registrar un tratamiento se necesita un peso de los últimos {days} días. Pese al paciente y regístrelo aquí.</translation>
    </message>
    <message>
        <source>Under 18: doses are set by this weight (it holds for {days} days).</source>
        <translation>Menor de 18 años: las dosis se fijan según este peso (vale durante {days} días).</translation>
    </message>
    <message>
        <source>Weight {weight} {unit} recorded for {day}.</source>
        <translation>Peso de {weight} {unit} registrado para el {day}.</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <source>e.g. Riverside Pain Clinic</source>
        <translation>p. ej., Clínica del Dolor Riverside</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source> days before they are due</source>
        <translation> días antes de su fecha prevista</translation>
    </message>
    <message>
        <source>&amp;Save clinic settings</source>
        <translation>&amp;Guardar los ajustes de la clínica</translation>
    </message>
    <message>
        <source>Save every setting on this page</source>
        <translation>Guardar todos los ajustes de esta página</translation>
    </message>
    <message>
        <source>None (no public holidays)</source>
        <translation>Ninguno (sin días festivos)</translation>
    </message>
    <message>
        <source>(this computer&apos;s)</source>
        <translation>(la de este ordenador)</translation>
    </message>
    <message>
        <source>The whole country</source>
        <translation>Todo el país</translation>
    </message>
    <message>
        <source>A date of birth of 3 April 1980 is written {birth}; today is {today}; half past two in the afternoon is {time} (files for other systems keep the ISO form).</source>
        <translation>Una fecha de nacimiento del 3 de abril de 1980 se escribe {birth}; hoy es {today}; las dos y media de la tarde son las {time} (los archivos para otros sistemas conservan la forma ISO).</translation>
    </message>
    <message>
        <source>Saved: {name}, {zone}.</source>
        <translation>Guardado: {name}, {zone}.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>&amp;Called (spoke to the patient)</source>
        <translation>&amp;Llamada (habló con el paciente)</translation>
    </message>
    <message>
        <source>&amp;Left a message</source>
        <translation>Dejó un &amp;mensaje</translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation>&amp;Rechazó</translation>
    </message>
    <message>
        <source>Log contact — {patient}</source>
        <translation>Registrar contacto — {patient}</translation>
    </message>
    <message>
        <source>Recall for {patient} ({what}): how did it go?</source>
        <translation>Recordatorio de {patient} ({what}): ¿cómo ha ido?</translation>
    </message>
    <message>
        <source>Optional note, e.g. call back after 4 pm</source>
        <translation>Nota opcional, p. ej., volver a llamar después de las 16:00</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Re&amp;gistrar</translation>
    </message>
</context>
<context>
    <name>DayListDialog</name>
    <message>
        <source>Print day list</source>
        <translation>Imprimir la lista del día</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>Provider&apos;s list (alerts, last dose)</source>
        <translation>Lista del profesional (alertas, última dosis)</translation>
    </message>
    <message>
        <source>Reception list (phone numbers)</source>
        <translation>Lista de recepción (teléfonos)</translation>
    </message>
    <message>
        <source>&amp;Initials only</source>
        <translation>&amp;Solo iniciales</translation>
    </message>
    <message>
        <source>Show patients by their initials, without phone numbers or record numbers: for a list left where others can see it</source>
        <translation>Mostrar a los pacientes por sus iniciales, sin teléfonos ni números de historia clínica: para una lista que quede a la vista de otros</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Ajustar al &amp;ancho</translation>
    </message>
    <message>
        <source>The page as wide as the window (Ctrl+0)</source>
        <translation>La página tan ancha como la ventana (Ctrl+0)</translation>
    </message>
    <message>
        <source>W&amp;hole page</source>
        <translation>Página &amp;completa</translation>
    </message>
    <message>
        <source>A whole page in view</source>
        <translation>Una página entera a la vista</translation>
    </message>
    <message>
        <source>Smaller (Ctrl+-)</source>
        <translation>Más pequeño (Ctrl+-)</translation>
    </message>
    <message>
        <source>Larger (Ctrl++)</source>
        <translation>Más grande (Ctrl++)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the list (Ctrl+P)</source>
        <translation>Imprimir la lista (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>Save the list as a PDF file (Ctrl+S)</source>
        <translation>Guardar la lista como archivo PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>P&amp;rovider</source>
        <translation>&amp;Profesional</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>Pap&amp;el</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 cita</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation>{count} citas</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} páginas</translation>
    </message>
    <message>
        <source>nothing booked on this day</source>
        <translation>no hay nada reservado este día</translation>
    </message>
    <message>
        <source>Could not print to {file}: {reason}</source>
        <translation>No se pudo imprimir en {file}: {reason}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Save day list as PDF</source>
        <translation>Guardar la lista del día como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>No se pudo guardar {file}: {reason}</translation>
    </message>
    <message>
        <source>Saved {file} (1 page).</source>
        <translation>Guardado {file} (1 página).</translation>
    </message>
    <message>
        <source>Saved {file} ({count} pages).</source>
        <translation>Guardado {file} ({count} páginas).</translation>
    </message>
</context>
<context>
    <name>DayListPrintout</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Indication · plan</source>
        <translation>Indicación · plan</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>Última dosis</translation>
    </message>
    <message>
        <source>Alerts · notes</source>
        <translation>Alertas · notas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Reception list — {who} — {day}</source>
        <translation>Lista de recepción — {who} — {day}</translation>
    </message>
    <message>
        <source>Day list — {who} — {day}</source>
        <translation>Lista del día — {who} — {day}</translation>
    </message>
    <message>
        <source>names shown as initials</source>
        <translation>nombres en iniciales</translation>
    </message>
    <message>
        <source>printed {when}</source>
        <translation>impreso el {when}</translation>
    </message>
    <message>
        <source>Audit trail anchor: {anchor}</source>
        <translation>Ancla del registro de auditoría: {anchor}</translation>
    </message>
    <message>
        <source>{age} y</source>
        <translation>{age} años</translation>
    </message>
    <message>
        <source>MRN {mrn}</source>
        <translation>HC {mrn}</translation>
    </message>
    <message>
        <source>Consent expired</source>
        <translation>Consentimiento caducado</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>sin teléfono</translation>
    </message>
    <message>
        <source>First treatment</source>
        <translation>Primer tratamiento</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 cita</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation>{count} citas</translation>
    </message>
    <message>
        <source>{count} with alerts</source>
        <translation>{count} con alertas</translation>
    </message>
    <message>
        <source>{count} cancelled, not listed</source>
        <translation>{count} canceladas, no incluidas</translation>
    </message>
    <message>
        <source>printed {when} ({zone})</source>
        <translation>impreso el {when} ({zone})</translation>
    </message>
    <message>
        <source>Names are shown as initials; phone numbers and record numbers are left out.</source>
        <translation>Los nombres aparecen en iniciales; se omiten los teléfonos y los números de historia clínica.</translation>
    </message>
    <message>
        <source>No appointments on this day.</source>
        <translation>No hay citas este día.</translation>
    </message>
    <message>
        <source>{list} (continued)</source>
        <translation>{list} (continuación)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>A provider&apos;s calendar (iCalendar, .ics)</source>
        <translation>La agenda de un profesional (iCalendar, .ics)</translation>
    </message>
    <message>
        <source>Appointments (CSV for a spreadsheet)</source>
        <translation>Citas (CSV para una hoja de cálculo)</translation>
    </message>
    <message>
        <source>Treatments (CSV for a spreadsheet)</source>
        <translation>Tratamientos (CSV para una hoja de cálculo)</translation>
    </message>
    <message>
        <source>The recall list (CSV)</source>
        <translation>La lista de recordatorios (CSV)</translation>
    </message>
    <message>
        <source>One patient&apos;s complete record (FHIR R4, .json: their right of access)</source>
        <translation>La historia clínica completa de un paciente (FHIR R4, .json: su derecho de acceso)</translation>
    </message>
    <message>
        <source>Every patient&apos;s record (FHIR R4, a folder of JSON files)</source>
        <translation>Las historias clínicas de todos los pacientes (FHIR R4, una carpeta de archivos JSON)</translation>
    </message>
    <message>
        <source>Exported 1 appointment to {file}.</source>
        <translation>Se exportó 1 cita a {file}.</translation>
    </message>
    <message>
        <source>Exported {count} appointments to {file}.</source>
        <translation>Se exportaron {count} citas a {file}.</translation>
    </message>
    <message>
        <source>Exported 1 treatment to {file}.</source>
        <translation>Se exportó 1 tratamiento a {file}.</translation>
    </message>
    <message>
        <source>Exported {count} treatments to {file}.</source>
        <translation>Se exportaron {count} tratamientos a {file}.</translation>
    </message>
    <message>
        <source>Exported 1 patient due to {file}.</source>
        <translation>Se exportó 1 paciente pendiente a {file}.</translation>
    </message>
    <message>
        <source>Exported {count} patients due to {file}.</source>
        <translation>Se exportaron {count} pacientes pendientes a {file}.</translation>
    </message>
    <message>
        <source>Exported the record of {mrn} ({count} entries) to {file}.</source>
        <translation>Se exportó la historia clínica de {mrn} ({count} entradas) a {file}.</translation>
    </message>
    <message>
        <source>Exported 1 patient record to {file}.</source>
        <translation>Se exportó 1 historia clínica a {file}.</translation>
    </message>
    <message>
        <source>Exported {count} patient records to {file}.</source>
        <translation>Se exportaron {count} historias clínicas a {file}.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>The last day exported</source>
        <translation>El último día exportado</translation>
    </message>
    <message>
        <source>Patients by their initials only (for a calendar others may see)</source>
        <translation>Pacientes solo por sus iniciales (para una agenda que otros puedan ver)</translation>
    </message>
    <message>
        <source>the patient&apos;s MRN</source>
        <translation>el número de historia clínica del paciente</translation>
    </message>
    <message>
        <source>P&amp;atient</source>
        <translation>P&amp;aciente</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>Pro&amp;fesional</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Sign in to export.</source>
        <translation>Inicie sesión para exportar.</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>Give the MRN of the patient whose record to export.</source>
        <translation>Indique el número de historia clínica del paciente cuya historia desea exportar.</translation>
    </message>
    <message>
        <source>Export every patient&apos;s record into</source>
        <translation>Exportar las historias clínicas de todos los pacientes a</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>{done} of {total} patients…</source>
        <translation>{done} de {total} pacientes…</translation>
    </message>
</context>
<context>
    <name>FlowBoard</name>
    <message>
        <source>To room</source>
        <translation>A sala</translation>
    </message>
    <message>
        <source>Which room does the patient go to?</source>
        <translation>¿A qué sala pasa el paciente?</translation>
    </message>
    <message>
        <source>Not sent to the room</source>
        <translation>No se ha enviado a la sala</translation>
    </message>
    <message>
        <source>Why is {patient}&apos;s visit cancelled?</source>
        <translation>¿Por qué se cancela la visita de {patient}?</translation>
    </message>
    <message>
        <source>Why is this patient&apos;s visit cancelled?</source>
        <translation>¿Por qué se cancela la visita de este paciente?</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>Cancelar la visita</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar llegada</translation>
    </message>
    <message>
        <source>Check the selected patient in (Enter)</source>
        <translation>Registrar la llegada del paciente seleccionado (Intro)</translation>
    </message>
    <message>
        <source>Send the selected patient to a room (Enter)</source>
        <translation>Enviar al paciente seleccionado a una sala (Intro)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completar</translation>
    </message>
    <message>
        <source>Mark the visit completed (Enter)</source>
        <translation>Marcar la visita como completada (Intro)</translation>
    </message>
    <message>
        <source>No show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Today · {day}</source>
        <translation>Hoy · {day}</translation>
    </message>
    <message>
        <source>Tomorrow · {day}</source>
        <translation>Mañana · {day}</translation>
    </message>
    <message>
        <source>Yesterday · {day}</source>
        <translation>Ayer · {day}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left or Page Up)</source>
        <translation>Día anterior (Alt+Izquierda o Re Pág)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>Next day (Alt+Right or Page Down)</source>
        <translation>Día siguiente (Alt+Derecha o Av Pág)</translation>
    </message>
    <message>
        <source>Back to today (T)</source>
        <translation>Volver a hoy (T)</translation>
    </message>
    <message>
        <source>Cancel visit…</source>
        <translation>Cancelar la visita…</translation>
    </message>
    <message>
        <source>Cancel the selected visit and offer its slot to the waiting list</source>
        <translation>Cancelar la visita seleccionada y ofrecer su hueco a la lista de espera</translation>
    </message>
    <message>
        <source>Undo step</source>
        <translation>Deshacer paso</translation>
    </message>
    <message>
        <source>Take the selected visit one step back (after a mis-click)</source>
        <translation>Devolver la visita seleccionada un paso atrás (tras un clic erróneo)</translation>
    </message>
    <message>
        <source>Waitlist…</source>
        <translation>Lista de espera…</translation>
    </message>
    <message>
        <source>Patients waiting for an earlier or any slot</source>
        <translation>Pacientes que esperan un hueco antes o cualquier hueco</translation>
    </message>
    <message>
        <source>Enter: next step</source>
        <translation>Intro: siguiente paso</translation>
    </message>
    <message>
        <source>Enter: the next step for the selected patient</source>
        <translation>Intro: el siguiente paso para el paciente seleccionado</translation>
    </message>
    <message>
        <source>Alt+Left and Alt+Right (or Page Up and Page Down) change the day; T comes back to today.</source>
        <translation>Alt+Izquierda y Alt+Derecha (o Re Pág y Av Pág) cambian el día; T vuelve a hoy.</translation>
    </message>
    <message>
        <source>The clinic is closed on {day}</source>
        <translation>La clínica está cerrada el {day}</translation>
    </message>
    <message>
        <source>{why}. Nothing is booked.</source>
        <translation>{why}. No hay nada reservado.</translation>
    </message>
    <message>
        <source>Nothing is booked on {day}</source>
        <translation>No hay nada reservado el {day}</translation>
    </message>
    <message>
        <source>{lane}, 1 patient</source>
        <translation>{lane}, 1 paciente</translation>
    </message>
    <message>
        <source>{lane}, {count} patients</source>
        <translation>{lane}, {count} pacientes</translation>
    </message>
    <message>
        <source>{count} cancelled, none still booked.</source>
        <translation>{count} canceladas, ninguna sigue reservada.</translation>
    </message>
    <message>
        <source>{closed}, yet 1 visit is booked.</source>
        <translation>{closed}; sin embargo, hay 1 visita reservada.</translation>
    </message>
    <message>
        <source>{closed}, yet {count} visits are booked.</source>
        <translation>{closed}; sin embargo, hay {count} visitas reservadas.</translation>
    </message>
    <message>
        <source>a long wait</source>
        <translation>una espera larga</translation>
    </message>
    <message>
        <source>a very long wait</source>
        <translation>una espera muy larga</translation>
    </message>
    <message>
        <source>{status} · {minutes} min late</source>
        <translation>{status} · {minutes} min de retraso</translation>
    </message>
    <message>
        <source>{status}, {minutes} late</source>
        <translation>{status}, {minutes} de retraso</translation>
    </message>
    <message>
        <source>Waiting {minutes} min</source>
        <translation>Esperando {minutes} min</translation>
    </message>
    <message>
        <source>waiting {minutes}</source>
        <translation>esperando {minutes}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>esperando</translation>
    </message>
    <message>
        <source>No room set</source>
        <translation>Sin sala asignada</translation>
    </message>
    <message>
        <source>{room} · {minutes} min</source>
        <translation>{room} · desde hace {minutes} min</translation>
    </message>
    <message>
        <source>in room: {room}, {minutes}</source>
        <translation>en sala: {room}, {minutes}</translation>
    </message>
    <message>
        <source>in room: {room}</source>
        <translation>en sala: {room}</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minutos</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>{name} (switched off)</source>
        <translation>{name} (desactivado)</translation>
    </message>
    <message>
        <source>Add a provider first (the Providers page).</source>
        <translation>Añada primero un profesional (la página Profesionales).</translation>
    </message>
    <message>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source>{day} (ended)</source>
        <translation>{day} (terminado)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario de trabajo</translation>
    </message>
    <message>
        <source>&amp;Not working these days</source>
        <translation>&amp;No trabaja estos días</translation>
    </message>
    <message>
        <source>The first day the new hours apply; the days before keep their hours</source>
        <translation>El primer día en que se aplica el nuevo horario; los días anteriores conservan el suyo</translation>
    </message>
    <message>
        <source>&amp;Apply hours</source>
        <translation>Apl&amp;icar horario</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Días:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <source>Starting fro&amp;m:</source>
        <translation>&amp;A partir del:</translation>
    </message>
    <message>
        <source>{name}: {days} not working from {day}.</source>
        <translation>{name}: {days} sin trabajar a partir del {day}.</translation>
    </message>
    <message>
        <source>{name}: {days} {hours} from {day}.</source>
        <translation>{name}: {days} {hours} a partir del {day}.</translation>
    </message>
</context>
<context>
    <name>ImportPatientsDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>OK: updates {mrn} ({note})</source>
        <translation>Correcta: actualiza {mrn} ({note})</translation>
    </message>
    <message>
        <source>OK: updates {mrn}</source>
        <translation>Correcta: actualiza {mrn}</translation>
    </message>
    <message>
        <source>OK: {mrn} is already up to date ({note})</source>
        <translation>Correcta: {mrn} ya está al día ({note})</translation>
    </message>
    <message>
        <source>OK: {mrn} is already up to date</source>
        <translation>Correcta: {mrn} ya está al día</translation>
    </message>
    <message>
        <source>OK ({note})</source>
        <translation>Correcta ({note})</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>{count} would be new</source>
        <translation>{count} serían nuevas</translation>
    </message>
    <message>
        <source>{count} would be updated</source>
        <translation>{count} se actualizarían</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} nuevas</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} actualizadas</translation>
    </message>
    <message>
        <source>{count} already up to date</source>
        <translation>{count} ya al día</translation>
    </message>
    <message>
        <source>{count} rejected</source>
        <translation>{count} rechazadas</translation>
    </message>
    <message>
        <source>{count} with a warning</source>
        <translation>{count} con un aviso</translation>
    </message>
    <message>
        <source>1 line: {counts}.</source>
        <translation>1 línea: {counts}.</translation>
    </message>
    <message>
        <source>{count} lines: {counts}.</source>
        <translation>{count} líneas: {counts}.</translation>
    </message>
    <message>
        <source>Preview of the first {count} lines</source>
        <translation>Vista previa de las primeras {count} líneas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>El archivo CSV que se va a importar</translation>
    </message>
    <message>
        <source>Choose a CSV file (UTF-8, comma or semicolon separated)</source>
        <translation>Elija un archivo CSV (UTF-8, separado por comas o por punto y coma)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Patient field</source>
        <translation>Campo del paciente</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Each patient field and the file&apos;s column read for it</source>
        <translation>Cada campo del paciente y la columna del archivo que se lee para él</translation>
    </message>
    <message>
        <source>CSV header: {name}</source>
        <translation>Encabezado CSV: {name}</translation>
    </message>
    <message>
        <source>Column in the file for {field}</source>
        <translation>Columna del archivo para {field}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>What importing the file&apos;s first lines would do</source>
        <translation>Lo que haría la importación de las primeras líneas del archivo</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>Guardar las filas rechazadas…</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Elija el archivo que desea importar.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import patients from a CSV file</source>
        <translation>Importar pacientes desde un archivo CSV</translation>
    </message>
    <message>
        <source>Import patients</source>
        <translation>Importar pacientes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>(column {number})</source>
        <translation>(columna {number})</translation>
    </message>
    <message>
        <source>Checking the lines…</source>
        <translation>Comprobando las líneas…</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Listo para importar.</translation>
    </message>
    <message>
        <source>Nothing in this file would change the clinic&apos;s records.</source>
        <translation>Nada de este archivo cambiaría los registros de la clínica.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Importing… {step}</source>
        <translation>Importando… {step}</translation>
    </message>
    <message>
        <source>The first {count} lines, as imported</source>
        <translation>Las primeras {count} líneas, tal como se importaron</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Línea {line}: {reason}</translation>
    </message>
    <message>
        <source>Line {line}, warning: {warning}</source>
        <translation>Línea {line}, aviso: {warning}</translation>
    </message>
    <message>
        <source>Imported. 1 line rejected: see the list.</source>
        <translation>Importado. 1 línea rechazada: consulte la lista.</translation>
    </message>
    <message>
        <source>Imported. {count} lines rejected: see the list.</source>
        <translation>Importado. {count} líneas rechazadas: consulte la lista.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>No se ha importado nada: {reason}</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Guardar las filas rechazadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The rejected rows were saved to {file}.</source>
        <translation>Las filas rechazadas se guardaron en {file}.</translation>
    </message>
</context>
<context>
    <name>InjectionMap</name>
    <message>
        <source>Head and neck — front</source>
        <translation>Cabeza y cuello — delante</translation>
    </message>
    <message>
        <source>Head and neck — back</source>
        <translation>Cabeza y cuello — detrás</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Brazos</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Piernas</translation>
    </message>
    <message>
        <source>Bladder</source>
        <translation>Vejiga</translation>
    </message>
    <message>
        <source>Head front</source>
        <translation>Cabeza delante</translation>
    </message>
    <message>
        <source>Head back</source>
        <translation>Cabeza detrás</translation>
    </message>
    <message>
        <source>Facing you</source>
        <translation>De frente a usted</translation>
    </message>
    <message>
        <source>Seen from behind</source>
        <translation>Visto por detrás</translation>
    </message>
    <message>
        <source>Front, palms forward</source>
        <translation>De frente, palmas hacia delante</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>línea media</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 unidad</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation>{count} unidades</translation>
    </message>
    <message>
        <source>1 injection point</source>
        <translation>1 punto de inyección</translation>
    </message>
    <message>
        <source>{count} injection points</source>
        <translation>{count} puntos de inyección</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>{count} points</source>
        <translation>{count} puntos</translation>
    </message>
    <message>
        <source>{units} both sides</source>
        <translation>{units} ambos lados</translation>
    </message>
    <message>
        <source>left {muscle}, {units}</source>
        <translation>{muscle}, lado izquierdo, {units}</translation>
    </message>
    <message>
        <source>right {muscle}, {units}</source>
        <translation>{muscle}, lado derecho, {units}</translation>
    </message>
    <message>
        <source>{muscle}, {side}, {units}</source>
        <translation>{muscle}: {side}, {units}</translation>
    </message>
    <message>
        <source>{points}, drawn on {views}</source>
        <translation>{points}, dibujado en {views}</translation>
    </message>
    <message>
        <source>{points}, not on the map</source>
        <translation>{points}, no está en el mapa</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Not on the map:</source>
        <translation>Fuera del mapa:</translation>
    </message>
    <message>
        <source>No injection sites charted</source>
        <translation>No hay puntos de inyección registrados</translation>
    </message>
    <message>
        <source>Injection sites</source>
        <translation>Puntos de inyección</translation>
    </message>
    <message>
        <source>Click a grey circle to add a site</source>
        <translation>Haga clic en un círculo gris para añadir un punto</translation>
    </message>
    <message>
        <source>No sites charted</source>
        <translation>No hay puntos registrados</translation>
    </message>
    <message>
        <source>Add a site: {site}</source>
        <translation>Añadir un punto: {site}</translation>
    </message>
    <message>
        <source>Injection map</source>
        <translation>Mapa de inyecciones</translation>
    </message>
    <message>
        <source>Injection sites, {view}</source>
        <translation>Puntos de inyección, {view}</translation>
    </message>
    <message>
        <source>1 site</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>{count} sites</source>
        <translation>{count} puntos</translation>
    </message>
    <message>
        <source>Print injection map</source>
        <translation>Imprimir el mapa de inyecciones</translation>
    </message>
</context>
<context>
    <name>InjectionSites</name>
    <message>
        <source>Muscle or region</source>
        <translation>Músculo o región</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Injection sites</source>
        <translation>Puntos de inyección</translation>
    </message>
    <message>
        <source>A muscle or region a row: its side, units and points</source>
        <translation>Un músculo o región por fila: su lado, unidades y puntos</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Añadir punto</translation>
    </message>
    <message>
        <source>Add a row (or click a grey circle on the map)</source>
        <translation>Añadir una fila (o hacer clic en un círculo gris del mapa)</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Quitar punto</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Quitar la fila seleccionada (Supr)</translation>
    </message>
    <message>
        <source>name the muscle or region</source>
        <translation>indique el músculo o la región</translation>
    </message>
    <message>
        <source>enter the units given in the {muscle}</source>
        <translation>indique las unidades administradas en {muscle}</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Fila {row}: {problem}</translation>
    </message>
    <message>
        <source>Total {units} U · 1 injection point</source>
        <translation>Total {units} U · 1 punto de inyección</translation>
    </message>
    <message>
        <source>Total {units} U · {count} injection points</source>
        <translation>Total {units} U · {count} puntos de inyección</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>El idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>The window changes to the language chosen the next time it starts.</source>
        <translation>La ventana cambia al idioma elegido la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Language of this workstation</source>
        <translation>&amp;Idioma de este puesto</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked — sign in to continue</source>
        <translation>Bloqueado — inicie sesión para continuar</translation>
    </message>
</context>
<context>
    <name>MainCommands</name>
    <message>
        <source>Your password was changed.</source>
        <translation>Se ha cambiado su contraseña.</translation>
    </message>
    <message>
        <source>Scheduling and charting for clinics that treat chronic pain with therapeutic botulinum toxin.</source>
        <translation>Agenda e historia clínica para clínicas que tratan el dolor crónico con toxina botulínica terapéutica.</translation>
    </message>
    <message>
        <source>Database: {database}&lt;br&gt;Schema version: {schema}&lt;br&gt;Clinic time zone: {zone}&lt;br&gt;Qt for Python (PySide6) {pyside}</source>
        <translation>Base de datos: {database}&lt;br&gt;Versión del esquema: {schema}&lt;br&gt;Zona horaria de la clínica: {zone}&lt;br&gt;Qt para Python (PySide6) {pyside}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
</context>
<context>
    <name>MainJobs</name>
    <message>
        <source>Automatic backup taken: {file}</source>
        <translation>Copia de seguridad automática realizada: {file}</translation>
    </message>
    <message>
        <source>1 message sent to patients</source>
        <translation>1 mensaje enviado a pacientes</translation>
    </message>
    <message>
        <source>{count} messages sent to patients</source>
        <translation>{count} mensajes enviados a pacientes</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>La copia de seguridad automática ha fallado: {reason}</translation>
    </message>
    <message>
        <source>The messages to patients could not be sent: {reason}</source>
        <translation>No se han podido enviar los mensajes a los pacientes: {reason}</translation>
    </message>
    <message>
        <source>Follow-up proposals updated (1 patient)</source>
        <translation>Propuestas de seguimiento actualizadas (1 paciente)</translation>
    </message>
    <message>
        <source>Follow-up proposals updated ({count} patients)</source>
        <translation>Propuestas de seguimiento actualizadas ({count} pacientes)</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Reload the view</source>
        <translation>Volver a cargar la vista</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>Día &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>Día &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Go to today in the calendar</source>
        <translation>Ir a hoy en el calendario</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>Find a patient by name, phone, date of birth or MRN</source>
        <translation>Buscar un paciente por nombre, teléfono, fecha de nacimiento o número de historia clínica</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <source>Register a new patient</source>
        <translation>Registrar un paciente nuevo</translation>
    </message>
    <message>
        <source>Book &amp;appointment…</source>
        <translation>Reservar &amp;cita…</translation>
    </message>
    <message>
        <source>Book for the patient chosen here, at the calendar&apos;s slot or first free time</source>
        <translation>Dar cita al paciente elegido aquí, en la franja del calendario o en la primera hora libre</translation>
    </message>
    <message>
        <source>&amp;Import patients…</source>
        <translation>&amp;Importar pacientes…</translation>
    </message>
    <message>
        <source>Import patients from CSV</source>
        <translation>Importar pacientes desde un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Backup and restore…</source>
        <translation>Copia de seguridad y &amp;restauración…</translation>
    </message>
    <message>
        <source>Back up or restore the database</source>
        <translation>Hacer una copia de seguridad de la base de datos o restaurarla</translation>
    </message>
    <message>
        <source>&amp;Print day list…</source>
        <translation>Im&amp;primir lista del día…</translation>
    </message>
    <message>
        <source>Print the day list, or save it as PDF (the calendar&apos;s day and provider)</source>
        <translation>Imprimir la lista del día o guardarla en PDF (el día y el profesional del calendario)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export a calendar (iCalendar), spreadsheets (CSV) or the patients&apos; records (FHIR)</source>
        <translation>Exportar un calendario (iCalendar), hojas de cálculo (CSV) o las historias clínicas de los pacientes (FHIR)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>Hide everything until you sign in again</source>
        <translation>Ocultarlo todo hasta que vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Cambiar de usuari&amp;o…</translation>
    </message>
    <message>
        <source>Lock the window for someone else to sign in</source>
        <translation>Bloquear la ventana para que otra persona inicie sesión</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>End your session; the window locks</source>
        <translation>Terminar su sesión; la ventana se bloquea</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <source>Add users, change roles, unlock accounts</source>
        <translation>Añadir usuarios, cambiar funciones, desbloquear cuentas</translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translation>A&amp;justes de la clínica…</translation>
    </message>
    <message>
        <source>Providers, hours, time off, rooms, appointment types, stock, protocols, the clinic itself</source>
        <translation>Profesionales, horarios, ausencias, salas, tipos de cita, existencias, protocolos y la propia clínica</translation>
    </message>
    <message>
        <source>Se&amp;t up the clinic…</source>
        <translation>Pues&amp;ta en marcha de la clínica…</translation>
    </message>
    <message>
        <source>The set-up checklist: what the clinic needs before it can book</source>
        <translation>La lista de puesta en marcha: lo que la clínica necesita antes de poder dar citas</translation>
    </message>
    <message>
        <source>App&amp;earance…</source>
        <translation>Apari&amp;encia…</translation>
    </message>
    <message>
        <source>Text size and colours on this workstation (large text, high contrast)</source>
        <translation>Tamaño del texto y colores en este puesto (texto grande, alto contraste)</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Cambiar la contr&amp;aseña…</translation>
    </message>
    <message>
        <source>Change your own password</source>
        <translation>Cambiar su propia contraseña</translation>
    </message>
    <message>
        <source>Lan&amp;guage…</source>
        <translation>Idio&amp;ma…</translation>
    </message>
    <message>
        <source>The language of the window at this workstation (from the next start)</source>
        <translation>El idioma de la ventana en este puesto (a partir del próximo inicio)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every command of the window and the keys that reach it</source>
        <translation>Todas las órdenes de la ventana y las teclas que las ejecutan</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Cerrar la aplicación</translation>
    </message>
    <message>
        <source>Show {view}</source>
        <translation>Mostrar {view}</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Dar cita…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
</context>
<context>
    <name>MainStatus</name>
    <message>
        <source>manager</source>
        <translation>gerente</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>profesional</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>recepción</translation>
    </message>
    <message>
        <source>Time zone: {zone}</source>
        <translation>Zona horaria: {zone}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Signed in as {name} (the software itself: all permissions)</source>
        <translation>Sesión iniciada como {name} (el propio programa: todos los permisos)</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>Sesión iniciada como {name} ({role})</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base de datos: {location}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Retrying every {seconds} seconds…</source>
        <translation>Se reintenta cada {seconds} segundos…</translation>
    </message>
    <message>
        <source>Connected to the clinic database again.</source>
        <translation>Conectado de nuevo a la base de datos de la clínica.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>The window&apos;s views; Ctrl+1 to Ctrl+7 go to each</source>
        <translation>Las vistas de la ventana; Ctrl+1 a Ctrl+7 llevan a cada una</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>Message templates</source>
        <translation>Plantillas de mensajes</translation>
    </message>
    <message>
        <source>Back to the &amp;default</source>
        <translation>Volver al texto &amp;predeterminado</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Fields: {fields}</source>
        <translation>Campos: {fields}</translation>
    </message>
    <message>
        <source>Fields: {fields}. A text says only where and when: no name, no condition, no treatment.</source>
        <translation>Campos: {fields}. Un SMS solo dice dónde y cuándo: ni nombre, ni enfermedad, ni tratamiento.</translation>
    </message>
    <message>
        <source>Changed by the clinic.</source>
        <translation>Modificado por la clínica.</translation>
    </message>
    <message>
        <source>The starting text.</source>
        <translation>El texto inicial.</translation>
    </message>
    <message>
        <source>Preview · {count} characters</source>
        <translation>Vista previa · {count} caracteres</translation>
    </message>
    <message>
        <source>Saved: {message}, {channel}, {language}.</source>
        <translation>Guardado: {message}, {channel}, {language}.</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>{table}, column headings</source>
        <translation>{table}, encabezados de columna</translation>
    </message>
    <message>
        <source>{table}, row headings</source>
        <translation>{table}, encabezados de fila</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>OutboxColumns</name>
    <message>
        <source>Due</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Why / what happened</source>
        <translation>Motivo / qué ocurrió</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>All messages</source>
        <translation>Todos los mensajes</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirados</translation>
    </message>
    <message>
        <source>{count} queued</source>
        <translation>{count} en cola</translation>
    </message>
    <message>
        <source>{count} sent</source>
        <translation>{count} enviados</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} fallidos</translation>
    </message>
    <message>
        <source>{message} (booked)</source>
        <translation>{message} (cita reservada)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Next try {when}: {problem}</source>
        <translation>Próximo intento {when}: {problem}</translation>
    </message>
    <message>
        <source>Waiting for its time</source>
        <translation>Esperando su hora</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>Send what is due now (it also goes every few minutes on its own)</source>
        <translation>Enviar ahora lo pendiente (también se envía solo cada pocos minutos)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Send a failed message again, after checking it did not reach the patient</source>
        <translation>Volver a enviar un mensaje fallido, tras comprobar que no llegó al paciente</translation>
    </message>
    <message>
        <source>&amp;Cancel message</source>
        <translation>&amp;Cancelar mensaje</translation>
    </message>
    <message>
        <source>Withdraw a queued or failed message: it will not be sent</source>
        <translation>Retirar un mensaje en cola o fallido: no se enviará</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Plantillas…</translation>
    </message>
    <message>
        <source>What each message says, in each language (a manager&apos;s)</source>
        <translation>Lo que dice cada mensaje, en cada idioma (lo edita un gerente)</translation>
    </message>
    <message>
        <source>{count} shown</source>
        <translation>{count} mostrados</translation>
    </message>
    <message>
        <source>Sending what is due…</source>
        <translation>Enviando lo pendiente…</translation>
    </message>
    <message>
        <source>Sent {sent}, failed {failed}, waiting {waiting}.</source>
        <translation>Enviados {sent}, fallidos {failed}, en espera {waiting}.</translation>
    </message>
    <message>
        <source>The messages could not be sent: {reason}</source>
        <translation>No se han podido enviar los mensajes: {reason}</translation>
    </message>
    <message>
        <source>{message} to {patient} is queued again: it goes at the next send.</source>
        <translation>{message} para {patient} vuelve a estar en cola: saldrá en el próximo envío.</translation>
    </message>
    <message>
        <source>{message} to {patient} is withdrawn.</source>
        <translation>{message} para {patient} se ha retirado.</translation>
    </message>
</context>
<context>
    <name>OutcomeGraph</name>
    <message>
        <source>Treatment on {day}: {units}</source>
        <translation>Tratamiento del {day}: {units}</translation>
    </message>
    <message>
        <source>Treatment on {day}</source>
        <translation>Tratamiento del {day}</translation>
    </message>
    <message>
        <source>Outcome graph</source>
        <translation>Gráfico de resultados</translation>
    </message>
    <message>
        <source>No measure chosen</source>
        <translation>No se ha elegido ninguna medida</translation>
    </message>
    <message>
        <source>No scores for {measure} yet</source>
        <translation>Aún no hay puntuaciones de {measure}</translation>
    </message>
    <message>
        <source>Choose a measure to see its graph.</source>
        <translation>Elija una medida para ver su gráfico.</translation>
    </message>
    <message>
        <source>No scores for {measure} yet.</source>
        <translation>Aún no hay puntuaciones de {measure}.</translation>
    </message>
    <message>
        <source>Treatment (units given)</source>
        <translation>Tratamiento (unidades administradas)</translation>
    </message>
    <message>
        <source>Baseline {days} days</source>
        <translation>Basal: {days} días</translation>
    </message>
    <message>
        <source>Responder zone (50% or more fewer days)</source>
        <translation>Zona de respuesta (50 % o más días menos)</translation>
    </message>
    <message>
        <source>Under {days} days: episodic</source>
        <translation>Menos de {days} días: episódica</translation>
    </message>
    <message>
        <source>responder zone: {days} days or fewer</source>
        <translation>zona de respuesta: {days} días o menos</translation>
    </message>
    <message>
        <source>baseline {days} days</source>
        <translation>basal: {days} días</translation>
    </message>
    <message>
        <source>under {days}: episodic</source>
        <translation>menos de {days}: episódica</translation>
    </message>
</context>
<context>
    <name>OverrideReason</name>
    <message>
        <source>Override reason needed</source>
        <translation>Se necesita un motivo de excepción</translation>
    </message>
    <message>
        <source>{refusal}

Reason (kept on record):</source>
        <translation>{refusal}

Motivo (queda registrado):</translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <source>Botulinum toxin treatment</source>
        <translation>Tratamiento con toxina botulínica</translation>
    </message>
    <message>
        <source>Photography</source>
        <translation>Fotografías</translation>
    </message>
    <message>
        <source>Sharing records with the referring physician</source>
        <translation>Compartir la historia clínica con el médico remitente</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Preferred name:</source>
        <translation>Nombre preferido:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexo:</translation>
    </message>
    <message>
        <source>MRN:</source>
        <translation>N.º de historia clínica:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>External id:</source>
        <translation>Id. externo:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Other phone:</source>
        <translation>Otro teléfono:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Prefers:</source>
        <translation>Prefiere:</translation>
    </message>
    <message>
        <source>Emergency contact:</source>
        <translation>Contacto de emergencia:</translation>
    </message>
    <message>
        <source>Referring physician:</source>
        <translation>Médico remitente:</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Clinical summary</source>
        <translation>Resumen clínico</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Enfermedades</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Conditions, allergies, medications, treatments and scores are shown to providers and managers.</source>
        <translation>Las enfermedades, alergias, medicación, tratamientos y puntuaciones se muestran a los profesionales y a los gerentes.</translation>
    </message>
    <message>
        <source>Records merged into this one</source>
        <translation>Historias fusionadas en esta</translation>
    </message>
    <message>
        <source>{date} (age {age})</source>
        <translation>{date} ({age} años)</translation>
    </message>
    <message>
        <source>{mrn} on {day}</source>
        <translation>{mrn} el {day}</translation>
    </message>
    <message>
        <source>{mrn} on {day} — {moved}</source>
        <translation>{mrn} el {day} — {moved}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>ICD-10 {code}</source>
        <translation>CIE-10 {code}</translation>
    </message>
    <message>
        <source>(noted {day})</source>
        <translation>(anotado el {day})</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Nada registrado</translation>
    </message>
    <message>
        <source>No known allergies recorded</source>
        <translation>No constan alergias conocidas</translation>
    </message>
    <message>
        <source>anticoagulant</source>
        <translation>anticoagulante</translation>
    </message>
    <message>
        <source>Anticoagulated</source>
        <translation>Anticoagulado</translation>
    </message>
    <message>
        <source>{anticoagulated} (on the record)</source>
        <translation>{anticoagulated} (según la historia)</translation>
    </message>
    <message>
        <source>Bleeding risk: {note}</source>
        <translation>Riesgo de sangrado: {note}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Próximas citas</translation>
    </message>
    <message>
        <source>Past appointments</source>
        <translation>Citas pasadas</translation>
    </message>
    <message>
        <source>Upcoming ({count})</source>
        <translation>Próximas ({count})</translation>
    </message>
    <message>
        <source>Upcoming: none booked</source>
        <translation>Próximas: ninguna reservada</translation>
    </message>
    <message>
        <source>Past ({count}, most recent first)</source>
        <translation>Pasadas ({count}, las más recientes primero)</translation>
    </message>
    <message>
        <source>Past: none</source>
        <translation>Pasadas: ninguna</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Add consent…</source>
        <translation>Añadir consentimiento…</translation>
    </message>
    <message>
        <source>Record a consent the patient has signed</source>
        <translation>Registrar un consentimiento firmado por el paciente</translation>
    </message>
    <message>
        <source>Add consent</source>
        <translation>Añadir consentimiento</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Caduca el</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>Guardar consentimiento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Consent for:</source>
        <translation>Consent&amp;imiento para:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Firmado el:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Expired, renewed since</source>
        <translation>Caducado, renovado después</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Sin caducidad</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>No hay consentimientos registrados.</translation>
    </message>
    <message>
        <source>1 consent</source>
        <translation>1 consentimiento</translation>
    </message>
    <message>
        <source>{count} consents</source>
        <translation>{count} consentimientos</translation>
    </message>
    <message>
        <source>{consents} · {count} expired — renew before treatment</source>
        <translation>{consents} · {count} caducados — renuévelos antes del tratamiento</translation>
    </message>
    <message>
        <source>Consent “{kind}” added.</source>
        <translation>Consentimiento «{kind}» añadido.</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <source>What was said or sent — Enter logs it</source>
        <translation>Qué se dijo o envió — Intro lo registra</translation>
    </message>
    <message>
        <source>Contact note</source>
        <translation>Nota del contacto</translation>
    </message>
    <message>
        <source>What was said or sent; Enter logs it</source>
        <translation>Qué se dijo o envió; Intro lo registra</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Registrar contacto</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
    <message>
        <source>1 contact, most recent first</source>
        <translation>1 contacto, el más reciente primero</translation>
    </message>
    <message>
        <source>{count} contacts, most recent first</source>
        <translation>{count} contactos, los más recientes primero</translation>
    </message>
    <message>
        <source>No contacts logged yet.</source>
        <translation>Aún no hay contactos registrados.</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>Contacto registrado.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Appointments</source>
        <translation>&amp;Citas</translation>
    </message>
    <message>
        <source>&amp;Treatments</source>
        <translation>&amp;Tratamientos</translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation>Res&amp;ultados</translation>
    </message>
    <message>
        <source>&amp;Consents</source>
        <translation>C&amp;onsentimientos</translation>
    </message>
    <message>
        <source>Contact &amp;log</source>
        <translation>Registro de cont&amp;actos</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Peso</translation>
    </message>
    <message>
        <source>Patient chart — {app}</source>
        <translation>Historia clínica del paciente — {app}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Editar datos…</translation>
    </message>
    <message>
        <source>Correct name, date of birth, contact details (Ctrl+E)</source>
        <translation>Corregir el nombre, la fecha de nacimiento y los datos de contacto (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export record…</source>
        <translation>Exportar historia…</translation>
    </message>
    <message>
        <source>The patient&apos;s complete record as a FHIR file (right of access)</source>
        <translation>La historia clínica completa del paciente como archivo FHIR (derecho de acceso)</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Dar cita…</translation>
    </message>
    <message>
        <source>Book an appointment for this patient (Ctrl+B)</source>
        <translation>Dar una cita a este paciente (Ctrl+B)</translation>
    </message>
    <message>
        <source>Close chart</source>
        <translation>Cerrar historia</translation>
    </message>
    <message>
        <source>This chart cannot be shown</source>
        <translation>No se puede mostrar esta historia clínica</translation>
    </message>
    <message>
        <source>Phone {numbers}</source>
        <translation>Teléfono {numbers}</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>Sin teléfono</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>sin correo electrónico</translation>
    </message>
    <message>
        <source>prefers {method}</source>
        <translation>prefiere {method}</translation>
    </message>
    <message>
        <source>✓ Responder: {percent}% fewer headache days</source>
        <translation>✓ Respondedor: {percent} % menos días de cefalea</translation>
    </message>
    <message>
        <source>No allergy, anticoagulant or expired consent on record</source>
        <translation>Sin alergias, anticoagulantes ni consentimientos caducados registrados</translation>
    </message>
    <message>
        <source>No expired consent on record</source>
        <translation>Ningún consentimiento caducado registrado</translation>
    </message>
    <message>
        <source>Sex not recorded</source>
        <translation>Sexo no registrado</translation>
    </message>
    <message>
        <source>{age} years · {sex} · Born {birth} · MRN {mrn}</source>
        <translation>{age} años · {sex} · Nacido/a el {birth} · HC {mrn}</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Given name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <source>Family name *</source>
        <translation>Apellidos *</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Date of birth *</source>
        <translation>Fecha de nacimiento *</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Otro teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Best times to call</source>
        <translation>Mejor hora para llamar</translation>
    </message>
    <message>
        <source>Language for printed sheets</source>
        <translation>Idioma de las hojas impresas</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Referring physician</source>
        <translation>Médico remitente</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Id. externo</translation>
    </message>
    <message>
        <source>Bleeding risk note</source>
        <translation>Nota sobre riesgo de sangrado</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>This may be a patient the clinic already has (same date of birth and a similar name, or the same phone). Open the existing record instead?</source>
        <translation>Puede que la clínica ya tenga a este paciente (misma fecha de nacimiento y nombre parecido, o el mismo teléfono). ¿Abrir la historia existente en su lugar?</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>{mrn}   {name}   born {birth}   {phone}</source>
        <translation>{mrn}   {name}   nacido/a el {birth}   {phone}</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>Abrir la existente</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>Registrar de todos modos</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar a {name}</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Clinical and notes</source>
        <translation>Datos clínicos y notas</translation>
    </message>
    <message>
        <source>Referral and notes</source>
        <translation>Derivación y notas</translation>
    </message>
    <message>
        <source>e.g. 4/2/1980 or 1980-04-02</source>
        <translation>p. ej., 4/2/1980 o 1980-04-02</translation>
    </message>
    <message>
        <source>e.g. 2.4.1980 or 1980-04-02</source>
        <translation>p. ej., 2.4.1980 o 1980-04-02</translation>
    </message>
    <message>
        <source>two letters, e.g. es for Spanish; blank: the clinic&apos;s language</source>
        <translation>dos letras, p. ej., es para español; vacío: el idioma de la clínica</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>new weighing (optional)</source>
        <translation>nueva pesada (opcional)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>A new weighing (optional)</source>
        <translation>Una nueva pesada (opcional)</translation>
    </message>
    <message>
        <source>Weight unit</source>
        <translation>Unidad de peso</translation>
    </message>
    <message>
        <source>Weighed on</source>
        <translation>Pesado el</translation>
    </message>
    <message>
        <source>on</source>
        <translation>el</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto (SMS)</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>Contacto preferido</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Takes an anticoagulant / bleeding risk</source>
        <translation>Toma anticoagulantes / riesgo de sangrado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No se ha guardado.</translation>
    </message>
</context>
<context>
    <name>PatientList</name>
    <message>
        <source>MRN</source>
        <translation>N.º HC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivos</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecidos</translation>
    </message>
    <message>
        <source>Consent expired</source>
        <translation>Consentimiento caducado</translation>
    </message>
    <message>
        <source>Anticoagulant</source>
        <translation>Anticoagulante</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>Haga clic para ordenar</translation>
    </message>
    <message>
        <source>(no longer on file)</source>
        <translation>(ya no figura en el archivo)</translation>
    </message>
    <message>
        <source>A consent has expired: renew it before treatment.</source>
        <translation>Un consentimiento ha caducado: renuévelo antes del tratamiento.</translation>
    </message>
    <message>
        <source>{name} — Enter or double-click opens the chart</source>
        <translation>{name} — Intro o doble clic abre la historia clínica</translation>
    </message>
</context>
<context>
    <name>PatientPicker</name>
    <message>
        <source>Name, phone, date of birth or MRN; Enter chooses the first</source>
        <translation>Nombre, teléfono, fecha de nacimiento o n.º de historia clínica; Intro elige el primero</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message>
        <source>Up and Down choose one</source>
        <translation>Arriba y Abajo eligen uno</translation>
    </message>
    <message>
        <source>{name} · born {born} · {mrn}</source>
        <translation>{name} · nacido/a el {born} · {mrn}</translation>
    </message>
    <message>
        <source>⚠ consent expired</source>
        <translation>⚠ consentimiento vencido</translation>
    </message>
    <message>
        <source>No patient matches “{text}”.</source>
        <translation>Ningún paciente coincide con «{text}».</translation>
    </message>
</context>
<context>
    <name>PatientWords</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Mensaje SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
</context>
<context>
    <name>PatientsView</name>
    <message>
        <source>Name, phone, date of birth or MRN</source>
        <translation>Nombre, teléfono, fecha de nacimiento o n.º de historia</translation>
    </message>
    <message>
        <source>{count} patient</source>
        <translation>{count} paciente</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translation>{count} pacientes</translation>
    </message>
    <message>
        <source>{count} active patient</source>
        <translation>{count} paciente activo</translation>
    </message>
    <message>
        <source>{count} active patients</source>
        <translation>{count} pacientes activos</translation>
    </message>
    <message>
        <source>{count} inactive patient</source>
        <translation>{count} paciente inactivo</translation>
    </message>
    <message>
        <source>{count} inactive patients</source>
        <translation>{count} pacientes inactivos</translation>
    </message>
    <message>
        <source>{count} deceased patient</source>
        <translation>{count} paciente fallecido</translation>
    </message>
    <message>
        <source>{count} deceased patients</source>
        <translation>{count} pacientes fallecidos</translation>
    </message>
    <message>
        <source>Down moves into the list · Enter or double-click opens the chart · Ctrl+F finds a patient from anywhere</source>
        <translation>Flecha abajo entra en la lista · Intro o doble clic abre la historia clínica · Ctrl+F busca un paciente desde cualquier parte</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Search patients by name, date of birth, MRN or phone</source>
        <translation>Buscar pacientes por nombre, fecha de nacimiento, n.º de historia o teléfono</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find a patient (Ctrl+F). Down moves into the list, Enter opens the chart.</source>
        <translation>Buscar un paciente (Ctrl+F). Flecha abajo entra en la lista, Intro abre la historia clínica.</translation>
    </message>
    <message>
        <source>Which patients the list shows</source>
        <translation>Qué pacientes muestra la lista</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Enter opens the chart of the patient highlighted</source>
        <translation>Intro abre la historia clínica del paciente resaltado</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} encontrados</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>Ninguno encontrado</translation>
    </message>
    <message>
        <source>No patient matches “{text}”. Try the family name, a date of birth (1980-04-02), the last digits of a phone number, or the MRN.</source>
        <translation>Ningún paciente coincide con «{text}». Pruebe con los apellidos, una fecha de nacimiento (1980-04-02), las últimas cifras de un teléfono o el n.º de historia.</translation>
    </message>
    <message>
        <source>No patients to show.</source>
        <translation>No hay pacientes que mostrar.</translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation>No se pudo cargar</translation>
    </message>
</context>
<context>
    <name>PrintedPages</name>
    <message>
        <source>the printer or file could not be opened</source>
        <translation>no se pudo abrir la impresora o el archivo</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>ProposalChoices</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>{type} ({minutes} min)</source>
        <translation>{type} ({minutes} minutos)</translation>
    </message>
    <message>
        <source>{days} days after the last dose</source>
        <translation>{days} días después de la última dosis</translation>
    </message>
    <message>
        <source>Proposed times</source>
        <translation>Horas propuestas</translation>
    </message>
    <message>
        <source>Best first: Enter books the one highlighted</source>
        <translation>La mejor primero: Intro reserva la resaltada</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Book the next follow-up</source>
        <translation>Reservar el próximo seguimiento</translation>
    </message>
    <message>
        <source>Finding the best free slots…</source>
        <translation>Buscando los mejores huecos libres…</translation>
    </message>
    <message>
        <source>Enter books the selected slot · 1–5 pick a slot · Esc closes without booking</source>
        <translation>Intro reserva el hueco seleccionado · 1–5 eligen un hueco · Esc cierra sin reservar</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Reservar</translation>
    </message>
    <message>
        <source>Book the next follow-up — {patient}</source>
        <translation>Reservar el próximo seguimiento — {patient}</translation>
    </message>
    <message>
        <source>next {indication} treatment due {window}</source>
        <translation>próximo tratamiento de {indication} previsto {window}</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 día de retraso</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>{days} días de retraso</translation>
    </message>
    <message>
        <source>Last treatment {last}; not before {floor} (12-week minimum).</source>
        <translation>Último tratamiento {last}; no antes del {floor} (mínimo de 12 semanas).</translation>
    </message>
    <message>
        <source>There is no free slot to propose in the next 90 days.</source>
        <translation>No hay ningún hueco libre que proponer en los próximos 90 días.</translation>
    </message>
    <message>
        <source>Why {slot}</source>
        <translation>Por qué {slot}</translation>
    </message>
    <message>
        <source>No follow-up to propose.</source>
        <translation>No hay ningún seguimiento que proponer.</translation>
    </message>
</context>
<context>
    <name>ProviderFilter</name>
    <message>
        <source>All providers</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>{provider} (inactive)</source>
        <translation>{provider} (inactivo)</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Title or credentials:</source>
        <translation>&amp;Título o titulación:</translation>
    </message>
    <message>
        <source>Calendar c&amp;olour:</source>
        <translation>C&amp;olor en el calendario:</translation>
    </message>
    <message>
        <source>T&amp;reats:</source>
        <translation>T&amp;rata:</translation>
    </message>
    <message>
        <source>e.g. Dr Ana Lind</source>
        <translation>p. ej., Dra. Ana Lind</translation>
    </message>
    <message>
        <source>e.g. MD, neurologist</source>
        <translation>p. ej., médica, neuróloga</translation>
    </message>
    <message>
        <source>Pic&amp;k…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Pick the colour of this provider&apos;s calendar column</source>
        <translation>Elegir el color de la columna de este profesional en el calendario</translation>
    </message>
    <message>
        <source>&amp;Working here</source>
        <translation>Trabaja a&amp;quí</translation>
    </message>
    <message>
        <source>Switched off: kept on record with their history, no longer booked</source>
        <translation>Desactivado: se conserva en el registro con su historial, ya no se le dan citas</translation>
    </message>
    <message>
        <source>Weekly &amp;hours</source>
        <translation>&amp;Horario semanal</translation>
    </message>
    <message>
        <source>New pro&amp;vider</source>
        <translation>Nuevo &amp;profesional</translation>
    </message>
    <message>
        <source>Clear the form to add another provider</source>
        <translation>Vaciar el formulario para añadir otro profesional</translation>
    </message>
    <message>
        <source>&amp;Add provider</source>
        <translation>Añadir profe&amp;sional</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Calendar colour</source>
        <translation>Color en el calendario</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name}: guardado.</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>{name}: añadido.</translation>
    </message>
    <message>
        <source>{name} added, working {days} {hours}.</source>
        <translation>{name}: añadido, trabaja {days} {hours}.</translation>
    </message>
</context>
<context>
    <name>RecallsView</name>
    <message>
        <source>Exported 1 row to {path}.</source>
        <translation>Se ha exportado 1 fila a {path}.</translation>
    </message>
    <message>
        <source>Exported {count} rows to {path}.</source>
        <translation>Se han exportado {count} filas a {path}.</translation>
    </message>
    <message>
        <source>{patient}: {caution}. Ctrl+Shift+R books a review instead; Enter again books the treatment anyway.</source>
        <translation>{patient}: {caution}. Ctrl+Mayús+R reserva una revisión en su lugar; Intro de nuevo reserva el tratamiento de todos modos.</translation>
    </message>
    <message>
        <source>Booking a review for {patient}…</source>
        <translation>Reservando una revisión para {patient}…</translation>
    </message>
    <message>
        <source>Booked a review for {patient}: {day} {time}.</source>
        <translation>Revisión reservada para {patient}: {day} {time}.</translation>
    </message>
    <message>
        <source>Booking {patient}: {slot}…</source>
        <translation>Reservando a {patient}: {slot}…</translation>
    </message>
    <message>
        <source>Booked {patient}: {slot}.</source>
        <translation>Reservado a {patient}: {slot}.</translation>
    </message>
    <message>
        <source>Booked {patient}.</source>
        <translation>Reservado a {patient}.</translation>
    </message>
    <message>
        <source>{patient} snoozed until {day}.</source>
        <translation>{patient} pospuesto hasta el {day}.</translation>
    </message>
    <message>
        <source>{patient}: “{what}” logged.</source>
        <translation>{patient}: «{what}» registrado.</translation>
    </message>
    <message>
        <source>Export recall list</source>
        <translation>Exportar la lista de recordatorios</translation>
    </message>
    <message>
        <source>recalls-{date}.csv</source>
        <translation>recordatorios-{date}.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Preparing 1 letter…</source>
        <translation>Preparando 1 carta…</translation>
    </message>
    <message>
        <source>Preparing {count} letters…</source>
        <translation>Preparando {count} cartas…</translation>
    </message>
    <message>
        <source>recall-letters-{date}</source>
        <translation>cartas-recordatorio-{date}</translation>
    </message>
    <message>
        <source>Print 1 recall letter</source>
        <translation>Imprimir 1 carta de recordatorio</translation>
    </message>
    <message>
        <source>Print {count} recall letters</source>
        <translation>Imprimir {count} cartas de recordatorio</translation>
    </message>
    <message>
        <source>The letters could not be printed: {reason}</source>
        <translation>No se han podido imprimir las cartas: {reason}</translation>
    </message>
    <message>
        <source>1 recall letter sent to the printer.</source>
        <translation>1 carta de recordatorio enviada a la impresora.</translation>
    </message>
    <message>
        <source>{count} recall letters sent to the printer.</source>
        <translation>{count} cartas de recordatorio enviadas a la impresora.</translation>
    </message>
    <message>
        <source>Refreshing follow-up proposals…</source>
        <translation>Actualizando las propuestas de seguimiento…</translation>
    </message>
    <message>
        <source>Refreshing follow-up proposals… {done} of {total} patients</source>
        <translation>Actualizando las propuestas de seguimiento… {done} de {total} pacientes</translation>
    </message>
    <message>
        <source>Follow-up proposals updated (1 patient).</source>
        <translation>Propuestas de seguimiento actualizadas (1 paciente).</translation>
    </message>
    <message>
        <source>Follow-up proposals updated ({count} patients).</source>
        <translation>Propuestas de seguimiento actualizadas ({count} pacientes).</translation>
    </message>
    <message>
        <source>The proposals could not be refreshed: {reason}</source>
        <translation>No se han podido actualizar las propuestas: {reason}</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Last treated</source>
        <translation>Último tratamiento</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Proposed slot</source>
        <translation>Hueco propuesto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Contact by</source>
        <translation>Contacto por</translation>
    </message>
    <message>
        <source>Last contact attempt</source>
        <translation>Último intento de contacto</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>con retraso</translation>
    </message>
    <message>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>próximo</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} días</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Pendiente ya</translation>
    </message>
    <message>
        <source>Due in 1 day</source>
        <translation>Previsto en 1 día</translation>
    </message>
    <message>
        <source>Due in {days} days</source>
        <translation>Previsto en {days} días</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R books a review instead of the treatment</source>
        <translation>Ctrl+Mayús+R reserva una revisión en lugar del tratamiento</translation>
    </message>
    <message>
        <source>No slot kept for this patient yet: Enter or Ctrl+Enter finds free slots now</source>
        <translation>Aún no hay hueco guardado para este paciente: Intro o Ctrl+Intro buscan huecos libres ahora</translation>
    </message>
    <message>
        <source>Enter books it</source>
        <translation>Intro lo reserva</translation>
    </message>
    <message>
        <source>Due {from_day} to {by_day} ({status})</source>
        <translation>Previsto del {from_day} al {by_day} ({status})</translation>
    </message>
    <message>
        <source>Book proposal</source>
        <translation>Reservar propuesta</translation>
    </message>
    <message>
        <source>Book the proposed slot (none kept: show the choices)</source>
        <translation>Reservar el hueco propuesto (si no hay ninguno guardado: mostrar las opciones)</translation>
    </message>
    <message>
        <source>Propose…</source>
        <translation>Proponer…</translation>
    </message>
    <message>
        <source>The five best free slots, with their reasons</source>
        <translation>Los cinco mejores huecos libres, con sus motivos</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Registrar contacto…</translation>
    </message>
    <message>
        <source>Called, left a message or declined</source>
        <translation>Llamado, mensaje dejado o rechazado</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Posponer…</translation>
    </message>
    <message>
        <source>Leave the patient off the list until a date</source>
        <translation>Dejar al paciente fuera de la lista hasta una fecha</translation>
    </message>
    <message>
        <source>Book review instead</source>
        <translation>Reservar revisión en su lugar</translation>
    </message>
    <message>
        <source>Book a review with the provider, not the treatment</source>
        <translation>Reservar una revisión con el profesional, no el tratamiento</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>Abrir historia</translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s chart (double-click)</source>
        <translation>Abrir la historia clínica del paciente seleccionado (doble clic)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown as a spreadsheet (CSV)</source>
        <translation>Guardar las filas mostradas como hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>Print recall letters…</source>
        <translation>Imprimir cartas de recordatorio…</translation>
    </message>
    <message>
        <source>One letter per selected patient</source>
        <translation>Una carta por paciente seleccionado</translation>
    </message>
    <message>
        <source>Refresh proposals</source>
        <translation>Actualizar propuestas</translation>
    </message>
    <message>
        <source>Find a slot again for everyone due in 4 weeks</source>
        <translation>Volver a buscar hueco para todos los que vencen en 4 semanas</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Filter recalls by patient name</source>
        <translation>Filtrar los recordatorios por nombre del paciente</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>Patients whose last treatment was with this provider</source>
        <translation>Pacientes cuyo último tratamiento fue con este profesional</translation>
    </message>
    <message>
        <source>All indications</source>
        <translation>Todas las indicaciones</translation>
    </message>
    <message>
        <source>Include &amp;snoozed</source>
        <translation>Incluir p&amp;ospuestos</translation>
    </message>
    <message>
        <source>Also show patients snoozed until a later date</source>
        <translation>Mostrar también los pacientes pospuestos hasta una fecha posterior</translation>
    </message>
    <message>
        <source>Include &amp;lapsed</source>
        <translation>Incluir perdidos de &amp;seguimiento</translation>
    </message>
    <message>
        <source>Also show patients overdue by more than {days} days (they need a new consultation rather than a recall)</source>
        <translation>Mostrar también los pacientes con más de {days} días de retraso (necesitan una nueva consulta más que un recordatorio)</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>&amp;Indication:</source>
        <translation>Indica&amp;ción:</translation>
    </message>
    <message>
        <source>Patients due a recall</source>
        <translation>Pacientes a los que toca un recordatorio</translation>
    </message>
    <message>
        <source>Most overdue first; Enter opens the chart</source>
        <translation>Los más retrasados primero; Intro abre la historia</translation>
    </message>
    <message>
        <source>Enter books the proposed slot · Ctrl+Enter other slots · Ctrl+Shift+L log a call · Ctrl+D snooze · ⚠ Ctrl+Shift+R books a review instead · Ctrl+O or double-click opens the chart</source>
        <translation>Intro reserva el hueco propuesto · Ctrl+Intro otros huecos · Ctrl+Mayús+L registrar una llamada · Ctrl+D posponer · ⚠ Ctrl+Mayús+R reserva una revisión en su lugar · Ctrl+O o doble clic abre la historia</translation>
    </message>
    <message>
        <source>{due} due or overdue, {overdue} overdue</source>
        <translation>{due} pendientes o con retraso, {overdue} con retraso</translation>
    </message>
    <message>
        <source>{count} due in the next 4 weeks</source>
        <translation>{count} previstos en las próximas 4 semanas</translation>
    </message>
    <message>
        <source>(name filter: {shown} of {total})</source>
        <translation>(filtro por nombre: {shown} de {total})</translation>
    </message>
    <message>
        <source>No one matches “{text}”.</source>
        <translation>Nadie coincide con «{text}».</translation>
    </message>
    <message>
        <source>No one is due for a follow-up with these filters: every due patient is booked.</source>
        <translation>Con estos filtros no hay nadie pendiente de seguimiento: todos los pacientes pendientes tienen cita.</translation>
    </message>
    <message>
        <source>Could not load the recall list</source>
        <translation>No se ha podido cargar la lista de recordatorios</translation>
    </message>
</context>
<context>
    <name>RepeatControl</name>
    <message>
        <source>&amp;Repeat every</source>
        <translation>&amp;Repetir cada</translation>
    </message>
    <message>
        <source>Book a series at the same wall-clock time each time (daylight-saving changes included)</source>
        <translation>Reservar una serie a la misma hora del reloj cada vez (incluidos los cambios de horario de verano)</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>Weeks between visits</source>
        <translation>Semanas entre visitas</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> visitas</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Número de visitas</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Units by lot</source>
        <translation>Unidades por lote</translation>
    </message>
    <message>
        <source>Waste (JW/JZ)</source>
        <translation>Desperdicio (JW/JZ)</translation>
    </message>
    <message>
        <source>No-shows &amp;&amp; cancellations</source>
        <translation>Ausencias y cancelaciones</translation>
    </message>
    <message>
        <source>Recall conversion</source>
        <translation>Conversión de recordatorios</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>Respondedores</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>No se pudo escribir el archivo.</translation>
    </message>
    <message>
        <source>Printed {date} by {app}</source>
        <translation>Impreso el {date} por {app}</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Página {number}</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Exportar el informe como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported 1 row to {file}.</source>
        <translation>Se exportó 1 fila a {file}.</translation>
    </message>
    <message>
        <source>Exported {count} rows to {file}.</source>
        <translation>Se exportaron {count} filas a {file}.</translation>
    </message>
    <message>
        <source>The CSV could not be written: {reason}</source>
        <translation>No se pudo escribir el CSV: {reason}</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>No se pudo escribir el PDF: {reason}</translation>
    </message>
    <message>
        <source>Exported 1 page to {file}.</source>
        <translation>Se exportó 1 página a {file}.</translation>
    </message>
    <message>
        <source>Exported {count} pages to {file}.</source>
        <translation>Se exportaron {count} páginas a {file}.</translation>
    </message>
    <message>
        <source>Print {report}</source>
        <translation>Imprimir el informe «{report}»</translation>
    </message>
    <message>
        <source>The report could not be printed: {reason}</source>
        <translation>No se pudo imprimir el informe: {reason}</translation>
    </message>
    <message>
        <source>{report} sent to the printer.</source>
        <translation>{report}: enviado a la impresora.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>First day of the range (clinic dates, included)</source>
        <translation>Primer día del periodo (fechas de la clínica, incluido)</translation>
    </message>
    <message>
        <source>Last day of the range (included)</source>
        <translation>Último día del periodo (incluido)</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>Only this provider&apos;s treatments, appointments and patients</source>
        <translation>Solo los tratamientos, las citas y los pacientes de este profesional</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>The last twelve calendar months, this one included, up to today</source>
        <translation>Los últimos doce meses naturales, incluido el actual, hasta hoy</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the table as a spreadsheet (CSV)</source>
        <translation>Guardar la tabla como hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Save the chart and the table as an A4 PDF</source>
        <translation>Guardar el gráfico y la tabla como PDF A4</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the chart and the table</source>
        <translation>Imprimir el gráfico y la tabla</translation>
    </message>
    <message>
        <source>{report} (Ctrl+PgDown / Ctrl+PgUp: next / previous)</source>
        <translation>{report} (Ctrl+AvPág / Ctrl+RePág: siguiente / anterior)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>The range starts after it ends: choose a later “To” date.</source>
        <translation>El periodo empieza después de terminar: elija una fecha «Hasta» posterior.</translation>
    </message>
    <message>
        <source>Bar chart: {report}</source>
        <translation>Gráfico de barras: {report}</translation>
    </message>
    <message>
        <source>Could not read the report</source>
        <translation>No se pudo leer el informe</translation>
    </message>
    <message>
        <source>{scope} · units of different products are never added together</source>
        <translation>{scope} · nunca se suman unidades de productos distintos</translation>
    </message>
    <message>
        <source>{scope} · rates are shares of every appointment in the range</source>
        <translation>{scope} · las tasas son proporciones de todas las citas del periodo</translation>
    </message>
    <message>
        <source>{scope} · a proposal counts once per patient and indication; booked from the recall list</source>
        <translation>{scope} · una propuesta cuenta una vez por paciente e indicación; citas dadas desde la lista de recordatorios</translation>
    </message>
    <message>
        <source>{scope} · responder: 50% or more better than baseline by the range&apos;s end</source>
        <translation>{scope} · respondedor: una mejoría del 50 % o más respecto al valor basal al final del periodo</translation>
    </message>
</context>
<context>
    <name>RoomsTypesPages</name>
    <message>
        <source>exam</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>procedimientos</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>e.g. Room 1, Procedure room</source>
        <translation>p. ej., Sala 1, Sala de procedimientos</translation>
    </message>
    <message>
        <source>New roo&amp;m</source>
        <translation>Nueva &amp;sala</translation>
    </message>
    <message>
        <source>&amp;Remove room</source>
        <translation>&amp;Quitar sala</translation>
    </message>
    <message>
        <source>Remove the selected room (only one never booked)</source>
        <translation>Quitar la sala seleccionada (solo si nunca se ha reservado)</translation>
    </message>
    <message>
        <source>&amp;Add room</source>
        <translation>Añadir sa&amp;la</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name}: guardado.</translation>
    </message>
    <message>
        <source>{name} ({kind}) added.</source>
        <translation>{name} ({kind}): añadida.</translation>
    </message>
    <message>
        <source>Select the room to remove.</source>
        <translation>Seleccione la sala que quiere quitar.</translation>
    </message>
    <message>
        <source>{name} removed.</source>
        <translation>{name}: quitado.</translation>
    </message>
    <message>
        <source>{name} (toxin)</source>
        <translation>{name} (toxina)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Appointment types</source>
        <translation>Tipos de cita</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Any room (the provider&apos;s own)</source>
        <translation>Cualquier sala (la del profesional)</translation>
    </message>
    <message>
        <source>A {kind} room</source>
        <translation>Una sala de {kind}</translation>
    </message>
    <message>
        <source>None (not tied to an indication)</source>
        <translation>Ninguna (sin indicación asociada)</translation>
    </message>
    <message>
        <source>A to&amp;xin treatment (the 12-week rule applies)</source>
        <translation>Tratamiento con to&amp;xina (regla de las 12 semanas)</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>C&amp;olor:</translation>
    </message>
    <message>
        <source>Roo&amp;m needed:</source>
        <translation>&amp;Sala necesaria:</translation>
    </message>
    <message>
        <source>&amp;Indication:</source>
        <translation>&amp;Indicación:</translation>
    </message>
    <message>
        <source>Add the &amp;ticked types</source>
        <translation>Añadir los tipos &amp;marcados</translation>
    </message>
    <message>
        <source>Add the suggested types ticked above</source>
        <translation>Añadir los tipos sugeridos marcados arriba</translation>
    </message>
    <message>
        <source>Suggested from what your providers treat</source>
        <translation>Sugeridos según lo que tratan sus profesionales</translation>
    </message>
    <message>
        <source>New t&amp;ype</source>
        <translation>Nuevo &amp;tipo</translation>
    </message>
    <message>
        <source>&amp;Remove type</source>
        <translation>&amp;Quitar tipo</translation>
    </message>
    <message>
        <source>Remove the selected type (only one never booked)</source>
        <translation>Quitar el tipo seleccionado (solo si nunca se ha reservado)</translation>
    </message>
    <message>
        <source>&amp;Add type</source>
        <translation>Añadir ti&amp;po</translation>
    </message>
    <message>
        <source>Suggested appointment types to tick, {count}</source>
        <translation>Tipos de cita sugeridos para marcar, {count}</translation>
    </message>
    <message>
        <source>{name} — {minutes} minutes, needs a {kind} room</source>
        <translation>{name} — {minutes} minutos, necesita una sala de {kind}</translation>
    </message>
    <message>
        <source>{name} — {minutes} minutes</source>
        <translation>{name} — {minutes} minutos</translation>
    </message>
    <message>
        <source>Added 1 type: {names}.</source>
        <translation>Se ha añadido 1 tipo: {names}.</translation>
    </message>
    <message>
        <source>Added {count} types: {names}.</source>
        <translation>Se han añadido {count} tipos: {names}.</translation>
    </message>
    <message>
        <source>{name} ({minutes} minutes) added.</source>
        <translation>{name} ({minutes} minutos): añadido.</translation>
    </message>
    <message>
        <source>Select the type to remove.</source>
        <translation>Seleccione el tipo que quiere quitar.</translation>
    </message>
</context>
<context>
    <name>SafetyFindings</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be saved yet:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Aún no se puede guardar:&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Rechazado:&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs a reason:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Requiere un motivo:&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Nota: {text}</translation>
    </message>
    <message>
        <source>✓ No rule stops this treatment.</source>
        <translation>✓ Ninguna regla impide este tratamiento.</translation>
    </message>
</context>
<context>
    <name>SetupDialogs</name>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Ajustes de la clínica</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Set up the clinic</source>
        <translation>Puesta en marcha de la clínica</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Finish &amp;later</source>
        <translation>Terminar &amp;más tarde</translation>
    </message>
    <message>
        <source>Close the set-up; File &gt; Set up the clinic… opens it again</source>
        <translation>Cerrar la puesta en marcha; Archivo &gt; Puesta en marcha de la clínica… la vuelve a abrir</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>The clinic can book now. Rooms and the first lot of toxin can be added now or later; everything here stays in File &gt; Clinic settings…</source>
        <translation>La clínica ya puede dar citas. Las salas y el primer lote de toxina pueden añadirse ahora o más tarde; todo lo de aquí sigue en Archivo &gt; Ajustes de la clínica…</translation>
    </message>
    <message>
        <source>Before the clinic can book: {missing}</source>
        <translation>Antes de que la clínica pueda dar citas: {missing}</translation>
    </message>
</context>
<context>
    <name>SetupNeeded</name>
    <message>
        <source>Add a &amp;provider…</source>
        <translation>Añadir un &amp;profesional…</translation>
    </message>
    <message>
        <source>Set &amp;working hours…</source>
        <translation>Definir el &amp;horario de trabajo…</translation>
    </message>
    <message>
        <source>Add &amp;appointment types…</source>
        <translation>Añadir &amp;tipos de cita…</translation>
    </message>
    <message>
        <source>Add a &amp;room…</source>
        <translation>Añadir una &amp;sala…</translation>
    </message>
    <message>
        <source>The clinic cannot book appointments yet</source>
        <translation>La clínica aún no puede reservar citas</translation>
    </message>
    <message>
        <source>Open the clinic settings…</source>
        <translation>Abrir la configuración de la clínica…</translation>
    </message>
    <message>
        <source>Ask the clinic&apos;s manager to finish setting the clinic up.</source>
        <translation>Pida al gerente de la clínica que termine de configurarla.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Extra sessions</source>
        <translation>Sesiones extra</translation>
    </message>
    <message>
        <source>One-off sessions outside a provider&apos;s weekly hours: a Saturday clinic, a longer day.</source>
        <translation>Sesiones puntuales fuera del horario semanal de un profesional: una consulta un sábado, una jornada más larga.</translation>
    </message>
    <message>
        <source>Time off and closures</source>
        <translation>Ausencias y cierres</translation>
    </message>
    <message>
        <source>A provider&apos;s days away, and the days the whole clinic is closed. Public holidays of the clinic&apos;s country and region are known already and need no entry.</source>
        <translation>Los días en que un profesional no está y los días en que toda la clínica cierra. Los días festivos del país y la región de la clínica ya se conocen y no hay que introducirlos.</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocolos</translation>
    </message>
    <message>
        <source>Templates that fill the injection sites when charting. The built-in ones (grey) follow their published sources and cannot change; select one and save it under a new name to start your own.</source>
        <translation>Plantillas que rellenan los puntos de inyección al registrar un tratamiento. Las incorporadas (en gris) siguen sus fuentes publicadas y no pueden cambiarse; seleccione una y guárdela con otro nombre para crear la suya.</translation>
    </message>
    <message>
        <source>Outcome measures</source>
        <translation>Medidas de resultado</translation>
    </message>
    <message>
        <source>Scores recorded at visits to follow how a patient responds. The built-in ones (grey) are fixed; the clinic may add its own. A measure&apos;s range must hold every score already recorded.</source>
        <translation>Puntuaciones registradas en las visitas para seguir la respuesta del paciente. Las incorporadas (en gris) son fijas; la clínica puede añadir las suyas. El intervalo de una medida debe incluir todas las puntuaciones ya registradas.</translation>
    </message>
    <message>
        <source>The clinic</source>
        <translation>La clínica</translation>
    </message>
    <message>
        <source>The clinic&apos;s name heads every printed list. Appointments are kept in the clinic&apos;s time zone; the country and region give the public holidays (nobody is booked on them) and the way phone numbers are read.</source>
        <translation>El nombre de la clínica encabeza todas las listas impresas. Las citas se guardan en la zona horaria de la clínica; el país y la región determinan los días festivos (en ellos no se dan citas) y cómo se leen los números de teléfono.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Bookings outside working hours</source>
        <translation>Citas fuera del horario de trabajo</translation>
    </message>
    <message>
        <source>&amp;Keep things as they are</source>
        <translation>&amp;Dejarlo todo como está</translation>
    </message>
    <message>
        <source>&amp;Go ahead, mark those bookings</source>
        <translation>&amp;Seguir adelante y marcar esas citas</translation>
    </message>
    <message>
        <source>Nothing was changed: {what}.</source>
        <translation>No se ha cambiado nada: {what}.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>Is {time} in the morning or the afternoon? Write {morning} or {afternoon}.</source>
        <translation>¿Es {time} por la mañana o por la tarde? Escriba {morning} o {afternoon}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day. Write it as {example} or {other}.</source>
        <translation>«{text}» no es una hora. Escríbala así: {example} o {other}.</translation>
    </message>
    <message>
        <source>e.g. {time}</source>
        <translation>p. ej., {time}</translation>
    </message>
    <message>
        <source>Mon–&amp;Fri</source>
        <translation>Lun–&amp;Vie</translation>
    </message>
    <message>
        <source>Tick Monday to Friday</source>
        <translation>Marcar de lunes a viernes</translation>
    </message>
    <message>
        <source>&amp;Break</source>
        <translation>Pa&amp;usa</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Empieza a las</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Termina a las</translation>
    </message>
    <message>
        <source>Break starts at</source>
        <translation>La pausa empieza a las</translation>
    </message>
    <message>
        <source>Break ends at</source>
        <translation>La pausa termina a las</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Break end</source>
        <translation>Fin de la pausa</translation>
    </message>
    <message>
        <source>The break ({pause}) must lie inside the day ({day}).</source>
        <translation>La pausa ({pause}) debe quedar dentro de la jornada ({day}).</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Horario semanal</translation>
    </message>
    <message>
        <source>When each provider works, week by week. Tick the days, give the times, and the date the hours start (the weeks before keep theirs). No times ticked on a day: not working that day.</source>
        <translation>Cuándo trabaja cada profesional, semana a semana. Marque los días, indique las horas y la fecha en que empieza el horario (las semanas anteriores conservan el suyo). Un día sin horas marcadas: no trabaja ese día.</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <source>Everyone who treats patients here. Tick what each one treats (nothing ticked: everything); a provider who leaves is switched off, not deleted: their bookings and charts keep their name.</source>
        <translation>Todas las personas que tratan pacientes aquí. Marque lo que trata cada una (nada marcado: todo); un profesional que se va se desactiva, no se borra: sus citas e historias clínicas conservan su nombre.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>The clinic&apos;s rooms and their kind. A type of visit that needs a kind of room (the bladder procedure needs a procedure room) is booked into a free room of that kind.</source>
        <translation>Las salas de la clínica y su tipo. Un tipo de visita que necesita un tipo de sala (el procedimiento de vejiga necesita una sala de procedimientos) se reserva en una sala libre de ese tipo.</translation>
    </message>
    <message>
        <source>Appointment types</source>
        <translation>Tipos de cita</translation>
    </message>
    <message>
        <source>The kinds of visit the clinic books. A toxin treatment type is tied to the indication it treats: its bookings are checked against the 12-week minimum interval.</source>
        <translation>Los tipos de visita para los que la clínica da cita. Un tipo de tratamiento con toxina está ligado a la indicación que trata: sus citas se comprueban frente al intervalo mínimo de 12 semanas.</translation>
    </message>
    <message>
        <source>Toxin stock</source>
        <translation>Existencias de toxina</translation>
    </message>
    <message>
        <source>Lots in stock, soonest expiry first; those expiring within {days} days are in red. Vials are taken off as treatments are charted; anything else (a vial broken, lost, returned, or found in a count) is an adjustment with its reason.</source>
        <translation>Lotes en existencias, los que caducan antes primero; los que caducan en menos de {days} días aparecen en rojo. Los viales se descuentan al registrar los tratamientos; cualquier otra cosa (un vial roto, perdido, devuelto o encontrado en un recuento) es un ajuste con su motivo.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Calendar grid</source>
        <translation>Cuadrícula del calendario</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Ir a hoy</translation>
    </message>
    <message>
        <source>Book at the slot (or after the selected appointment)</source>
        <translation>Dar cita en la franja (o después de la cita seleccionada)</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <source>Move the slot; land on an appointment to select it</source>
        <translation>Mover la franja; al llegar a una cita, se selecciona</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Open the selected appointment&apos;s patient</source>
        <translation>Abrir el paciente de la cita seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suprimir</translation>
    </message>
    <message>
        <source>Cancel the selected appointment (asks why)</source>
        <translation>Anular la cita seleccionada (pregunta el motivo)</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>Acercar o alejar</translation>
    </message>
    <message>
        <source>Patient list</source>
        <translation>Lista de pacientes</translation>
    </message>
    <message>
        <source>Down / Enter</source>
        <translation>Abajo / Intro</translation>
    </message>
    <message>
        <source>Into the list / open the chart</source>
        <translation>Entrar en la lista / abrir la historia clínica</translation>
    </message>
    <message>
        <source>Recall list</source>
        <translation>Lista de recordatorios</translation>
    </message>
    <message>
        <source>Enter / Ctrl+Enter</source>
        <translation>Intro / Control+Intro</translation>
    </message>
    <message>
        <source>Book the proposed slot / show the choices</source>
        <translation>Dar cita en la franja propuesta / mostrar las opciones</translation>
    </message>
    <message>
        <source>Booking dialog</source>
        <translation>Ventana de citas</translation>
    </message>
    <message>
        <source>Choose the patient typed; then book the highlighted choice</source>
        <translation>Elegir el paciente escrito; después, dar cita en la opción resaltada</translation>
    </message>
    <message>
        <source>Close without booking</source>
        <translation>Cerrar sin dar cita</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>1–5, Enter</source>
        <translation>1–5, Intro</translation>
    </message>
    <message>
        <source>Pick a slot, book it</source>
        <translation>Elegir una franja y dar la cita</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every command you may use, and the keys that reach it from anywhere in the window.</source>
        <translation>Todas las órdenes que puede usar y las teclas que llegan a ellas desde cualquier lugar de la ventana.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <source>Inside the views</source>
        <translation>Dentro de las vistas</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Su nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>Inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>Create the clinic&apos;s manager account</source>
        <translation>Crear la cuenta del gerente de la clínica</translation>
    </message>
    <message>
        <source>This clinic has no user accounts yet. The first is the manager&apos;s: the manager adds the other users (reception, providers), and runs the clinic&apos;s settings, reports and backups. Choose a password of at least 8 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>Esta clínica aún no tiene cuentas de usuario. La primera es la del gerente: el gerente añade a los demás usuarios (recepción, profesionales) y se ocupa de los ajustes, los informes y las copias de seguridad de la clínica. Elija una contraseña de al menos 8 caracteres; una frase corta es fácil de recordar y difícil de adivinar.</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Crear e iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repetir contraseña</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden; escriba la misma contraseña dos veces.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creando la cuenta…</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze recall — {patient}</source>
        <translation>Posponer recordatorio — {patient}</translation>
    </message>
    <message>
        <source>{patient} leaves the recall list until the date below, then comes back.</source>
        <translation>{patient} sale de la lista de recordatorios hasta la fecha de abajo y luego vuelve.</translation>
    </message>
    <message>
        <source>Optional: why, e.g. away until December</source>
        <translation>Opcional: el motivo, p. ej., ausente hasta diciembre</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Vials left</source>
        <translation>Viales restantes</translation>
    </message>
    <message>
        <source>Vial size</source>
        <translation>Tamaño del vial</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stock lots</source>
        <translation>Lotes en existencias</translation>
    </message>
    <message>
        <source>as printed on the box</source>
        <translation>tal como figura en la caja</translation>
    </message>
    <message>
        <source>&amp;Receive lot</source>
        <translation>&amp;Recibir lote</translation>
    </message>
    <message>
        <source>A delivery</source>
        <translation>Una entrega</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>&amp;Lot number:</source>
        <translation>Número de &amp;lote:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>Cad&amp;uca:</translation>
    </message>
    <message>
        <source>&amp;Vials:</source>
        <translation>&amp;Viales:</translation>
    </message>
    <message>
        <source>Vial si&amp;ze:</source>
        <translation>&amp;Tamaño del vial:</translation>
    </message>
    <message>
        <source>+ vials found, − vials broken, lost or returned</source>
        <translation>+ viales encontrados, − viales rotos, perdidos o devueltos</translation>
    </message>
    <message>
        <source>why: vial broken, returned to the supplier, found in the count</source>
        <translation>por qué: vial roto, devuelto al proveedor, encontrado en el recuento</translation>
    </message>
    <message>
        <source>A&amp;djust count</source>
        <translation>&amp;Ajustar recuento</translation>
    </message>
    <message>
        <source>The selected lot&apos;s count</source>
        <translation>Recuento del lote seleccionado</translation>
    </message>
    <message>
        <source>&amp;Change by (vials):</source>
        <translation>Cambiar &amp;en (viales):</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>{units} units</source>
        <translation>{units} unidades</translation>
    </message>
    <message>
        <source>Select a lot to adjust its count.</source>
        <translation>Seleccione un lote para ajustar su recuento.</translation>
    </message>
    <message>
        <source>No adjustments to this lot.</source>
        <translation>Este lote no tiene ajustes.</translation>
    </message>
    <message>
        <source>Adjustments: {list}</source>
        <translation>Ajustes: {list}</translation>
    </message>
    <message>
        <source>Lot {lot} received: {vials} vials, expires {day}.</source>
        <translation>Lote {lot} recibido: {vials} viales, caduca el {day}.</translation>
    </message>
    <message>
        <source>Select the lot whose count changes.</source>
        <translation>Seleccione el lote cuyo recuento cambia.</translation>
    </message>
    <message>
        <source>Lot {lot}: 1 vial left.</source>
        <translation>Lote {lot}: queda 1 vial.</translation>
    </message>
    <message>
        <source>Lot {lot}: {vials} vials left.</source>
        <translation>Lote {lot}: quedan {vials} viales.</translation>
    </message>
</context>
<context>
    <name>TreatmentDialog</name>
    <message>
        <source>{name} — {units} U/kg, needs a recent weight</source>
        <translation>{name} — {units} U/kg, requiere un peso reciente</translation>
    </message>
    <message>
        <source>{name} — {units} U at {weight}</source>
        <translation>{name} — {units} U con {weight}</translation>
    </message>
    <message>
        <source>Under 18: doses are set by weight, and no weight from the last {days} days is on record. Weigh the patient and record it (the chart&apos;s Weight tab) first.</source>
        <translation>Menor de 18 años: las dosis se fijan según el peso, y no hay ningún peso de los últimos {days} días registrado. Pese primero al paciente y regístrelo (pestaña Peso de la historia clínica).</translation>
    </message>
    <message>
        <source>{dose} at {weight} (weighed {day})</source>
        <translation>{dose} con {weight} (pesado el {day})</translation>
    </message>
    <message>
        <source>no weight-based limit is known for this product and indication</source>
        <translation>no se conoce un límite por peso para este producto e indicación</translation>
    </message>
    <message>
        <source>a child&apos;s limit here: {units} U ({limit})</source>
        <translation>límite pediátrico aquí: {units} U ({limit})</translation>
    </message>
    <message>
        <source>The {name} template sets the units from the weight: record the patient&apos;s weight (from the last {days} days) in the chart&apos;s Weight tab first.</source>
        <translation>La plantilla {name} fija las unidades según el peso: registre primero el peso del paciente (de los últimos {days} días) en la pestaña Peso de la historia clínica.</translation>
    </message>
    <message>
        <source>Add the injection sites first.</source>
        <translation>Añada primero los puntos de inyección.</translation>
    </message>
    <message>
        <source>Save as protocol</source>
        <translation>Guardar como protocolo</translation>
    </message>
    <message>
        <source>Name of the clinic&apos;s protocol:</source>
        <translation>Nombre del protocolo de la clínica:</translation>
    </message>
    <message>
        <source>Saved the protocol &apos;{name}&apos; ({units} U).</source>
        <translation>Protocolo «{name}» guardado ({units} U).</translation>
    </message>
    <message>
        <source>No usable lot of {product} in stock</source>
        <translation>No hay ningún lote utilizable de {product} en existencias</translation>
    </message>
    <message>
        <source>{ml} mL ({units} U per 0.1 mL)</source>
        <translation>{ml} mL ({units} U por 0,1 mL)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>wasted units</source>
        <translation>unidades desperdiciadas</translation>
    </message>
    <message>
        <source>Chart treatment — {name} ({mrn})</source>
        <translation>Registrar tratamiento — {name} ({mrn})</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>You chart and sign as yourself; a supervising physician goes below</source>
        <translation>Usted registra y firma en su propio nombre; el médico supervisor se indica abajo</translation>
    </message>
    <message>
        <source>No template — enter the sites</source>
        <translation>Sin plantilla — introduzca los puntos</translation>
    </message>
    <message>
        <source>Same sites as last time ({day}, {units} U)</source>
        <translation>Los mismos puntos que la última vez ({day}, {units} U)</translation>
    </message>
    <message>
        <source>Add the injection sites (choose a protocol, or click the map).</source>
        <translation>Añada los puntos de inyección (elija un protocolo o haga clic en el mapa).</translation>
    </message>
    <message>
        <source>There is no usable lot of {product} in stock; add one first.</source>
        <translation>No hay ningún lote utilizable de {product} en existencias; añada uno primero.</translation>
    </message>
    <message>
        <source>Choose the provider.</source>
        <translation>Elija el profesional.</translation>
    </message>
    <message>
        <source>Consent not yet ticked as checked.</source>
        <translation>El consentimiento aún no está marcado como comprobado.</translation>
    </message>
    <message>
        <source>Give the override reason: it is kept on the record with your name.</source>
        <translation>Indique el motivo para continuar: se guarda en la historia con su nombre.</translation>
    </message>
    <message>
        <source>Chart treatment</source>
        <translation>Registrar tratamiento</translation>
    </message>
    <message>
        <source>A nurse injector&apos;s supervising physician, kept beside the provider who gives and signs it</source>
        <translation>El médico que supervisa a un enfermero inyector, guardado junto al profesional que lo administra y firma</translation>
    </message>
    <message>
        <source>Saline added to each vial; the label&apos;s volumes for this vial size</source>
        <translation>Suero fisiológico añadido a cada vial; los volúmenes de la ficha técnica para este tamaño de vial</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Fecha y hora:</translation>
    </message>
    <message>
        <source>&amp;Indication:</source>
        <translation>&amp;Indicación:</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>Pro&amp;tocolo:</translation>
    </message>
    <message>
        <source>Pro&amp;duct:</source>
        <translation>Pr&amp;oducto:</translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>Dil&amp;uent per vial:</source>
        <translation>&amp;Diluyente por vial:</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>&amp;Guiado:</translation>
    </message>
    <message>
        <source>Supervised b&amp;y:</source>
        <translation>S&amp;upervisado por:</translation>
    </message>
    <message>
        <source>rest of vials</source>
        <translation>resto de los viales</translation>
    </message>
    <message>
        <source>Units discarded. Leave blank: what is left in the vials opened</source>
        <translation>Unidades desechadas. Déjelo en blanco: lo que queda en los viales abiertos</translation>
    </message>
    <message>
        <source>&amp;Waste (units):</source>
        <translation>Desperdi&amp;cio (unidades):</translation>
    </message>
    <message>
        <source>Injection sites</source>
        <translation>Puntos de inyección</translation>
    </message>
    <message>
        <source>Consent checked before injecting</source>
        <translation>Consentimiento comprobado antes de inyectar</translation>
    </message>
    <message>
        <source>Space ticks it</source>
        <translation>La barra espaciadora lo marca</translation>
    </message>
    <message>
        <source>Aftercare advice given</source>
        <translation>Consejos posteriores entregados</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Notas (opcional)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Acontecimiento adverso</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Adverse events of this visit</source>
        <translation>Acontecimientos adversos de esta visita</translation>
    </message>
    <message>
        <source>Add adverse event</source>
        <translation>Añadir acontecimiento adverso</translation>
    </message>
    <message>
        <source>Something that happened during the visit (vasovagal, bleeding, …)</source>
        <translation>Algo que ocurrió durante la visita (vasovagal, sangrado, …)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Why you are going ahead anyway (kept on the record)</source>
        <translation>Por qué continúa de todos modos (se guarda en la historia)</translation>
    </message>
    <message>
        <source>&amp;Override reason:</source>
        <translation>&amp;Motivo para continuar:</translation>
    </message>
    <message>
        <source>Safety checks</source>
        <translation>Controles de seguridad</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Save unsigned; sign it later from the chart</source>
        <translation>Guardar sin firmar; fírmelo después desde la historia clínica</translation>
    </message>
    <message>
        <source>Save as protocol…</source>
        <translation>Guardar como protocolo…</translation>
    </message>
    <message>
        <source>Keep these sites as one of the clinic&apos;s own protocol templates</source>
        <translation>Guardar estos puntos como una plantilla de protocolo propia de la clínica</translation>
    </message>
    <message>
        <source>Sign  (Ctrl+Return)</source>
        <translation>Firmar  (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Record and sign (Ctrl+Return)</source>
        <translation>Registrar y firmar (Ctrl+Intro)</translation>
    </message>
</context>
<context>
    <name>TreatmentWords</name>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Línea media</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>1 vial left</source>
        <translation>queda 1 vial</translation>
    </message>
    <message>
        <source>{count} vials left</source>
        <translation>quedan {count} viales</translation>
    </message>
    <message>
        <source>{lot} — expires {day} — {vials} of {units} U</source>
        <translation>{lot} — caduca el {day} — {vials} de {units} U</translation>
    </message>
    <message>
        <source>1 vial of {units} U opened</source>
        <translation>1 vial de {units} U abierto</translation>
    </message>
    <message>
        <source>{count} vials of {units} U opened</source>
        <translation>{count} viales de {units} U abiertos</translation>
    </message>
    <message>
        <source>{waste} U discarded</source>
        <translation>{waste} U desechadas</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Bloqueada hasta</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Not linked — choose the provider</source>
        <translation>Sin vincular: elija el profesional</translation>
    </message>
    <message>
        <source>Reception: scheduling, patient details, recalls; no clinical charting</source>
        <translation>Recepción: agenda, datos de los pacientes, recordatorios; sin registro clínico</translation>
    </message>
    <message>
        <source>Provider: everything reception does, and charting, signing, outcomes</source>
        <translation>Profesional: todo lo que hace recepción, además del registro clínico, la firma y los resultados</translation>
    </message>
    <message>
        <source>Manager: settings, users, reports, backups, the audit trail; reads charts, does not chart</source>
        <translation>Gerente: ajustes, usuarios, informes, copias de seguridad, el registro de auditoría; consulta las historias clínicas, no registra en ellas</translation>
    </message>
    <message>
        <source>The two passwords are not the same; type the new password twice.</source>
        <translation>Las dos contraseñas no coinciden; escriba la nueva contraseña dos veces.</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>al menos {count} caracteres</translation>
    </message>
    <message>
        <source>the same again</source>
        <translation>la misma otra vez</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No — switched off</source>
        <translation>No: desactivada</translation>
    </message>
    <message>
        <source>Provider {id}</source>
        <translation>Profesional {id}</translation>
    </message>
    <message>
        <source>Locked after too many wrong passwords; Unlock lets them try again now</source>
        <translation>Bloqueada tras demasiadas contraseñas incorrectas; Desbloquear le permite volver a intentarlo ahora</translation>
    </message>
    <message>
        <source>The provider record this account is: it charts and signs as them</source>
        <translation>La ficha de profesional que corresponde a esta cuenta: registra y firma como ese profesional</translation>
    </message>
    <message>
        <source>Choose the provider…</source>
        <translation>Elija el profesional…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>what they type to sign in, e.g. ana</source>
        <translation>lo que escribe para iniciar sesión, p. ej. ana</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Pro&amp;fesional:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>Re&amp;petir la contraseña:</translation>
    </message>
    <message>
        <source>New password for {name}</source>
        <translation>Nueva contraseña para {name}</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Establecer la contraseña</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>Re&amp;petir:</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Everyone who uses the clinic&apos;s computers signs in with an account of their own; what they may do follows their role. Switch off the account of someone who has left rather than deleting it: the audit trail keeps their name.</source>
        <translation>Todas las personas que usan los ordenadores de la clínica inician sesión con su propia cuenta; lo que pueden hacer depende de su rol. Desactive la cuenta de quien se haya marchado en lugar de eliminarla: el registro de auditoría conserva su nombre.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Añadir usuario…</translation>
    </message>
    <message>
        <source>The selected user&apos;s role</source>
        <translation>El rol del usuario seleccionado</translation>
    </message>
    <message>
        <source>A provider account&apos;s provider record (it charts and signs as them)</source>
        <translation>La ficha de profesional de una cuenta de profesional (registra y firma como ese profesional)</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Cambiar el &amp;rol</translation>
    </message>
    <message>
        <source>Give the selected user the role (and, for a provider, the provider) chosen</source>
        <translation>Asignar al usuario seleccionado el rol elegido (y, si es un profesional, el profesional elegido)</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>Desac&amp;tivar</translation>
    </message>
    <message>
        <source>A switched-off account cannot sign in; switch it on again any time</source>
        <translation>Una cuenta desactivada no puede iniciar sesión; puede volver a activarla en cualquier momento</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Let a user locked out by wrong passwords try again now</source>
        <translation>Permitir que un usuario bloqueado por contraseñas incorrectas vuelva a intentarlo ahora</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Establecer la &amp;contraseña…</translation>
    </message>
    <message>
        <source>Give the selected user a new password</source>
        <translation>Dar una nueva contraseña al usuario seleccionado</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <source>{name} is already a {role}.</source>
        <translation>{name} ya tiene el rol de {role}.</translation>
    </message>
    <message>
        <source>{name} is now a {role}, charting as {provider}.</source>
        <translation>{name} tiene ahora el rol de {role} y registra como {provider}.</translation>
    </message>
    <message>
        <source>{name} is now a {role}.</source>
        <translation>{name} tiene ahora el rol de {role}.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is switched on.</source>
        <translation>La cuenta de {name} está activada.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is switched off.</source>
        <translation>La cuenta de {name} está desactivada.</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>{name} added as a {role}.</source>
        <translation>{name} se ha añadido con el rol de {role}.</translation>
    </message>
    <message>
        <source>{name}&apos;s password was changed.</source>
        <translation>Se ha cambiado la contraseña de {name}.</translation>
    </message>
</context>
<context>
    <name>Waitlist</name>
    <message>
        <source>any visit type</source>
        <translation>cualquier tipo de visita</translation>
    </message>
    <message>
        <source>any provider</source>
        <translation>cualquier profesional</translation>
    </message>
    <message>
        <source>{patient} — {type} with {provider}, {earliest} to {latest} · waiting since {since}</source>
        <translation>{patient} — {type} con {provider}, del {earliest} al {latest} · en espera desde el {since}</translation>
    </message>
    <message>
        <source>{patient} — {type} with {provider}, {earliest} on · waiting since {since}</source>
        <translation>{patient} — {type} con {provider}, a partir del {earliest} · en espera desde el {since}</translation>
    </message>
    <message>
        <source>Offer the freed slot</source>
        <translation>Ofrecer el hueco liberado</translation>
    </message>
    <message>
        <source>{provider}&apos;s slot {time} on {day} is free. These patients on the waiting list would take it (longest waiting first):</source>
        <translation>El hueco de {provider} de {time} el {day} está libre. Estos pacientes de la lista de espera lo aceptarían (los que más esperan primero):</translation>
    </message>
    <message>
        <source>Patients who would take it</source>
        <translation>Pacientes que lo aceptarían</translation>
    </message>
    <message>
        <source>Longest waiting first</source>
        <translation>Los que más esperan primero</translation>
    </message>
    <message>
        <source>Book this patient</source>
        <translation>Reservar a este paciente</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>Find a patient: name, phone, date of birth or MRN</source>
        <translation>Buscar un paciente: nombre, teléfono, fecha de nacimiento o n.º de historia clínica</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message>
        <source>Open requests, longest waiting first:</source>
        <translation>Solicitudes abiertas, las que más esperan primero:</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Cualquier profesional</translation>
    </message>
    <message>
        <source>Any visit type</source>
        <translation>Cualquier tipo de visita</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>e.g. mornings only, can come at short notice</source>
        <translation>p. ej., solo por la mañana, puede venir avisando con poca antelación</translation>
    </message>
    <message>
        <source>Add to waiting list</source>
        <translation>Añadir a la lista de espera</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Tipo de visita</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Add a patient</source>
        <translation>Añadir un paciente</translation>
    </message>
</context>
</TS>
