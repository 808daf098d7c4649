"""The demo content in Spanish: the same pages, FAQs and myth cards as `demo.content`.

Written for patients in plain, neutral international Spanish (the "usted" form),
with the same meaning and the same cautions as the English, never stronger: no
doses, no advertising, the same emergency advice ("urgencias" for A&E). Each
constant mirrors its namesake in `demo.content` exactly: same keys, slugs, list
lengths and order, block types and reference keys; only the words people read
are translated. Slugs stay in English: they name the original each item
translates. Citation marks such as [1] match the English, because the references
themselves (English sources) are not translated.
"""

HOME = {
    "title": "Información clara sobre su tratamiento",
    "intro": (
        "<p>Este sitio web explica con palabras sencillas los tratamientos que se usan en la clínica. "
        "Puede leer qué es cada tratamiento, para qué se usa y qué se sabe y qué no se sabe todavía sobre él.</p>"
        "<p>La información de este sitio es general. No sustituye los consejos de su médico de familia, "
        "de su psiquiatra o del equipo de la clínica, que conocen su salud y sus antecedentes.</p>"
    ),
    "contact_cta_text": "Contactar con la clínica",
    "featured_heading": "Temas más consultados",
    "faq_teaser": (
        "Respuestas breves a las preguntas más frecuentes, desde los efectos secundarios "
        "hasta si puede volver a casa conduciendo después del tratamiento."
    ),
    "myths_teaser": (
        "Algunas cosas que se dicen sobre la ketamina no son ciertas. "
        "Vea lo que se sabe y lo que todavía no está claro."
    ),
}

# Pages whose English wording is written in `load_demo_content` itself.
ARTICLE_INDEX = {
    "title": "Información de salud",
    "intro": "<p>Artículos en lenguaje sencillo sobre los tratamientos que ofrece la clínica.</p>",
}
A_TO_Z = {
    "title": "De la A a la Z",
    "intro": "<p>Todos los artículos y medicamentos de este sitio web, en orden alfabético.</p>",
}
SEARCH = {
    "title": "Buscar",
    "intro": "Busque en los artículos, las preguntas y las tarjetas de mitos de este sitio web.",
}

# The demo reviewer's role line (demo.content.REVIEWER["role"]) in Spanish.
REVIEWER_ROLE_ES = (
    "Médico especialista en anestesiología "
    "(revisor de demostración: sustitúyalo antes de publicar el sitio)"
)


FAQS = [
    {
        "slug": "is-ketamine-safe",
        "question": "¿Es segura la ketamina cuando la administra un médico?",
        "answer": (
            "<p>Ningún medicamento está totalmente libre de riesgos, y la ketamina no es una excepción. "
            "Se usa desde hace muchos años en operaciones y en la atención de urgencias, por lo que los médicos conocen bien sus efectos. "
            "Los riesgos son menores cuando personal capacitado comprueba antes que es adecuada para usted, "
            "vigila de cerca su estado mientras la recibe y se ocupa de usted hasta que han pasado los efectos principales. "
            "Antes de que usted decida, su equipo le explicará los riesgos que se aplican a su caso.</p>"
        ),
    },
    {
        "slug": "how-quickly-does-it-work",
        "question": "¿Cuánto tarda la ketamina en hacer efecto?",
        "answer": (
            "<p>Como anestésico o analgésico, empieza a actuar en pocos minutos. "
            "Cuando se usa para la depresión, algunas personas notan un cambio en su estado de ánimo en cuestión de horas o días. "
            "Esto no le ocurre a todo el mundo, y el efecto puede desaparecer, así que su equipo programará con usted revisiones periódicas. "
            "Nadie puede prometerle de antemano cómo va a responder.</p>"
        ),
    },
    {
        "slug": "can-it-replace-my-treatment",
        "question": "¿Puede la ketamina sustituir mi otro tratamiento?",
        "answer": (
            "<p>Normalmente no. La ketamina suele ser una parte de un plan más amplio, que también puede incluir psicoterapia, "
            "otros medicamentos y el apoyo de su médico de familia o de su equipo de salud mental. "
            "<b>No deje ni cambie ninguno de sus medicamentos por su cuenta.</b> "
            "Si quiere cambiar su tratamiento, hable primero con el médico que se lo receta.</p>"
        ),
    },
    {
        "slug": "will-i-hallucinate",
        "question": "¿Tendré alucinaciones? ¿Qué se siente con la disociación?",
        "answer": (
            "<p>Muchas personas experimentan <i>disociación</i> durante un rato. "
            "Se puede sentir como una desconexión del propio cuerpo o del entorno, o como si los sonidos, los colores o el paso del tiempo fueran extraños. "
            "A algunas personas les resulta agradable y a otras, inquietante. "
            "No todo el mundo tiene experiencias intensas, y el personal se queda con usted y puede ayudarle si siente ansiedad. "
            "Estas sensaciones suelen desaparecer poco después de terminar el tratamiento.</p>"
        ),
    },
    {
        "slug": "can-i-drive-home",
        "question": "¿Puedo volver a casa conduciendo después del tratamiento?",
        "answer": (
            "<p>No. La ketamina puede afectar su juicio, sus reflejos y su vista durante varias horas, aunque usted se sienta bien. "
            "Pida a alguien que le lleve a casa. "
            "No conduzca, no vaya en bicicleta ni use maquinaria durante el resto de ese día y hasta haber dormido toda una noche, "
            "o durante más tiempo si su equipo se lo indica. "
            "Conducir cuando un medicamento o una droga afecta su capacidad para hacerlo es ilegal.</p>"
        ),
    },
    {
        "slug": "is-ketamine-addictive",
        "question": "¿La ketamina crea adicción?",
        "answer": (
            "<p>La ketamina puede causar dependencia, sobre todo cuando se consume a menudo y sin atención médica. "
            "En el tratamiento, el riesgo es menor porque solo se administra en la clínica, por personal capacitado, "
            "como parte de un plan que se revisa. "
            "Cuéntele a su equipo si alguna vez ha tenido problemas con el alcohol o las drogas. "
            "Esto no siempre impide el tratamiento, pero les ayuda a planificar su atención de forma segura.</p>"
        ),
    },
    {
        "slug": "who-cannot-have-it",
        "question": "¿En qué casos podría no ser posible recibir ketamina?",
        "answer": (
            "<p>La ketamina no es adecuada para todo el mundo. Su equipo puede desaconsejarla si tiene, por ejemplo:</p>"
            "<ul>"
            "<li>presión arterial alta que no está bien controlada</li>"
            "<li>algunas enfermedades del corazón o de los vasos sanguíneos</li>"
            "<li>antecedentes de psicosis, como oír voces o tener creencias que los demás no comparten</li>"
            "<li>algunos problemas de hígado, o antecedentes de consumo problemático de drogas o alcohol</li>"
            "</ul>"
            "<p>Su equipo le preguntará por su salud y le hará una revisión antes de tomar cualquier decisión.</p>"
        ),
    },
    {
        "slug": "pregnancy-and-breastfeeding",
        "question": "¿Puedo recibir ketamina si estoy embarazada o dando el pecho?",
        "answer": (
            "<p>Normalmente no se ofrece ketamina para la depresión durante el embarazo ni durante la lactancia, "
            "porque no hay suficiente información sobre sus efectos en el bebé. "
            "Informe a su equipo si está embarazada, cree que podría estarlo, está planeando un embarazo o está dando el pecho. "
            "Si necesita anestesia durante el embarazo, su anestesista le explicará las opciones y los motivos de cada una.</p>"
        ),
    },
    {
        "slug": "how-is-it-given",
        "question": "¿Cómo se administra la ketamina?",
        "answer": (
            "<p>En hospitales y clínicas, la ketamina suele administrarse mediante una inyección o por goteo en una vena. "
            "Un medicamento relacionado, llamado <i>esketamina</i>, se administra como espray nasal, y en algunos países "
            "está autorizado para algunos adultos con depresión que no ha mejorado con otros tratamientos. "
            "Sea cual sea la forma, la administra personal capacitado que le vigila durante el tratamiento y después. "
            "Nunca es algo que se tome en casa por cuenta propia.</p>"
        ),
    },
    {
        "slug": "is-ketamine-legal",
        "question": "¿Es legal la ketamina?",
        "answer": (
            "<p>La ketamina es una sustancia controlada. En el Reino Unido y en muchos otros países, la ley permite usarla "
            "en la atención médica y veterinaria, pero bajo un control estricto. "
            "Es ilegal tener, compartir o vender ketamina que no le hayan recetado a usted. "
            "En el tratamiento, solo deben administrarla profesionales autorizados, en un entorno clínico adecuado.</p>"
        ),
    },
    {
        "slug": "what-side-effects",
        "question": "¿Qué efectos secundarios puede causar la ketamina?",
        "answer": (
            "<p>Durante el tratamiento o poco después, puede notar efectos secundarios como:</p>"
            "<ul>"
            "<li>sensación de desconexión o de estar soñando, o confusión</li>"
            "<li>mareo, náuseas o vómitos</li>"
            "<li>visión borrosa o dolor de cabeza</li>"
            "<li>aumento de la presión arterial y del ritmo cardíaco</li>"
            "</ul>"
            "<p>Suelen pasar en pocas horas. "
            "Avise enseguida al personal si se encuentra mal, y cuéntele a su equipo cualquier cosa que le preocupe después.</p>"
        ),
    },
    {
        "slug": "what-happens-after",
        "question": "¿Qué ocurre después de una sesión de tratamiento?",
        "answer": (
            "<p>Se quedará en la clínica hasta que el personal considere que los efectos principales han pasado. "
            "Antes de que se vaya, comprobarán, entre otras cosas, su presión arterial y cómo se siente. "
            "Alguien debería acompañarle a casa, y lo mejor es descansar el resto del día. "
            "Su equipo le explicará cómo es el seguimiento y con quién contactar si tiene preguntas.</p>"
        ),
    },
    {
        "slug": "how-do-i-get-referred",
        "question": "¿Cómo consigo una derivación o una evaluación?",
        "answer": (
            "<p>Empiece hablando con su médico de familia, su psiquiatra o el equipo de salud mental que le atiende. "
            "Pueden decirle si valdría la pena considerar la ketamina u otro tratamiento, y pueden compartir sus antecedentes con la clínica. "
            "También puede ponerse en contacto con la clínica para preguntar cómo son sus evaluaciones. "
            "Hacer una evaluación no le obliga a recibir el tratamiento, y puede tomarse su tiempo para decidir.</p>"
        ),
    },
    {
        "slug": "what-to-do-in-a-crisis",
        "question": "¿Qué debo hacer si estoy en una crisis?",
        "answer": (
            "<p><b>Si está pensando en quitarse la vida, o siente que no puede mantenerse a salvo, "
            "llame ahora al número de emergencias o vaya a urgencias.</b> "
            "No espere a una cita en la clínica ni a la respuesta a un mensaje. "
            "Si puede, cuéntele a alguien de confianza cómo se siente y pídale que se quede con usted. "
            "Su médico de familia o el servicio local de atención urgente en salud mental también pueden ayudarle a encontrar apoyo rápidamente.</p>"
        ),
    },
]


FAQ_PAGE = {
    "title": "Preguntas frecuentes",
    "intro": (
        "<p>Aquí encontrará respuestas breves a preguntas que se hacen a menudo sobre el tratamiento con ketamina. "
        "Son generales y no pueden abarcar todas las situaciones, así que hable de su propio caso con su médico de familia, "
        "su psiquiatra o el equipo de la clínica.</p>"
        "<p><b>Si está en una crisis o siente que no puede mantenerse a salvo, llame ahora al número de emergencias o vaya a urgencias.</b></p>"
    ),
    "groups": [
        {
            "heading": "Sobre la ketamina",
            "faqs": [
                "is-ketamine-safe",
                "is-ketamine-addictive",
                "is-ketamine-legal",
                "who-cannot-have-it",
                "pregnancy-and-breastfeeding",
            ],
        },
        {
            "heading": "Durante el tratamiento",
            "faqs": [
                "how-is-it-given",
                "how-quickly-does-it-work",
                "will-i-hallucinate",
                "what-side-effects",
                "can-it-replace-my-treatment",
            ],
        },
        {
            "heading": "Después del tratamiento",
            "faqs": [
                "what-happens-after",
                "can-i-drive-home",
            ],
        },
        {
            "heading": "Cómo obtener ayuda",
            "faqs": [
                "how-do-i-get-referred",
                "what-to-do-in-a-crisis",
            ],
        },
    ],
}


MYTHS = [
    {
        "slug": "only-a-party-drug",
        "myth": "La ketamina no es más que una droga de fiesta.",
        "fact": "La ketamina es un medicamento que se usa en anestesia y en la atención de urgencias desde la década de 1960.",
        "explanation": (
            "<p>Algunas personas hacen un mal uso de la ketamina, y es en ese contexto donde muchas personas oyen hablar de ella por primera vez. "
            "Pero también es un medicamento muy conocido, que se usa en hospitales y en servicios de ambulancias de todo el mundo. "
            "El uso médico y el consumo en la calle son muy diferentes: en el tratamiento, se controla el medicamento, "
            "se evalúa a la persona y personal capacitado la vigila en todo momento.</p>"
        ),
        "source_title": "",
    },
    {
        "slug": "replaces-antidepressants",
        "myth": "La ketamina puede sustituir a todos los antidepresivos.",
        "fact": "La ketamina no es un tratamiento de primera elección para la depresión. Es una opción que un especialista puede considerar cuando otros tratamientos no han ayudado lo suficiente.",
        "explanation": (
            "<p>A la mayoría de las personas con depresión se les ofrece primero psicoterapia, medicamentos antidepresivos o ambas cosas. "
            "La ketamina o la esketamina pueden considerarse, bajo la atención de un especialista, cuando estos tratamientos no han funcionado lo suficiente. "
            "Normalmente se añade a un plan más amplio, en lugar de usarse sola. "
            "Nunca deje sus medicamentos habituales sin hablar antes con su médico.</p>"
        ),
        "source_title": "",
    },
    {
        "slug": "always-causes-hallucinations",
        "myth": "La ketamina siempre provoca alucinaciones.",
        "fact": "Muchas personas se sienten desconectadas o como en un sueño durante un rato, pero no todo el mundo tiene experiencias intensas, y el personal está ahí para ayudar.",
        "explanation": (
            "<p>Durante el tratamiento es frecuente notar cambios en cómo se ve, se oye o se siente, y suelen pasar rápido. "
            "Su intensidad varía de una persona a otra. "
            "El personal le explica antes qué puede esperar, se queda con usted durante el tratamiento y puede ayudarle si siente ansiedad.</p>"
        ),
        "source_title": "",
    },
    {
        "slug": "works-for-everyone",
        "myth": "La ketamina funciona en todas las personas con depresión.",
        "fact": "La ketamina ayuda a algunas personas, pero no a todas, y cualquier beneficio puede desaparecer con el tiempo.",
        "explanation": (
            "<p>Los estudios indican que la ketamina puede mejorar rápidamente el estado de ánimo de algunas personas "
            "cuya depresión no ha mejorado con otros tratamientos. "
            "Otras notan poco o ningún cambio. "
            "Todavía hay preguntas sin respuesta sobre cuánto duran los beneficios y cuál es la mejor forma de usarla durante más tiempo. "
            "Su equipo acordará con usted cómo valorarán juntos si le está ayudando.</p>"
        ),
        "source_title": "",
    },
    {
        "slug": "addictive-after-one-treatment",
        "myth": "Un solo tratamiento con ketamina crea adicción.",
        "fact": "La dependencia es un riesgo real con el consumo repetido fuera de la atención médica, pero es muy poco probable que un único tratamiento supervisado cause adicción.",
        "explanation": (
            "<p>La dependencia suele aparecer cuando se consume ketamina a menudo y sin supervisión médica. "
            "En el tratamiento, solo la administra el personal, en la clínica, como parte de un plan que se revisa. "
            "Su equipo le preguntará si ha tenido problemas con el alcohol o las drogas en el pasado, "
            "para poder planificar su atención de forma segura.</p>"
        ),
        "source_title": "",
    },
    {
        "slug": "harmless-because-medical",
        "myth": "La ketamina es inofensiva porque la usan los médicos.",
        "fact": "Como todos los medicamentos, la ketamina tiene riesgos. Consumida a menudo fuera de la atención médica, puede dañar gravemente la vejiga y causar dependencia.",
        "explanation": (
            "<p>Que un fármaco se use en medicina no lo hace inofensivo. "
            "En el tratamiento, los médicos reducen los riesgos comprobando para quién es adecuado y vigilando de cerca a cada persona. "
            "El consumo repetido sin atención médica puede causar daños graves en la vejiga, dolor de estómago, "
            "problemas de memoria y dependencia.</p>"
        ),
        "source_title": "",
    },
    {
        "slug": "safe-to-buy-online",
        "myth": "Se puede comprar ketamina por internet sin riesgo.",
        "fact": "La ketamina que se vende por internet o en la calle es ilegal y puede ser peligrosa. En el tratamiento, solo deben administrarla profesionales autorizados.",
        "explanation": (
            "<p>No se puede saber qué contiene realmente la ketamina comprada por internet o a un traficante, ni qué potencia tiene. "
            "Consumirla sin controles ni vigilancia médica pone en riesgo su salud, y tenerla es ilegal. "
            "Si cree que la ketamina podría ayudarle, hable con su médico de familia, su psiquiatra o el equipo de la clínica.</p>"
        ),
        "source_title": "",
    },
]


MYTHS_PAGE = {
    "title": "Mitos y realidades sobre la ketamina",
    "intro": (
        "<p>Se oyen muchas cosas distintas sobre la ketamina, y algunas son falsas. "
        "Estas tarjetas explican con palabras sencillas lo que se sabe y lo que todavía no está claro. "
        "Si algo de lo que lee aquí le plantea dudas sobre su propia atención, "
        "hable con su médico de familia, su psiquiatra o el equipo de la clínica.</p>"
    ),
    "groups": [
        {
            "heading": "Qué es la ketamina y qué efectos tiene",
            "myths": [
                "only-a-party-drug",
                "always-causes-hallucinations",
                "works-for-everyone",
                "replaces-antidepressants",
            ],
        },
        {
            "heading": "Riesgos y seguridad",
            "myths": [
                "addictive-after-one-treatment",
                "harmless-because-medical",
                "safe-to-buy-online",
            ],
        },
    ],
}


ARTICLES = [
    {
        "slug": "understanding-ketamine",
        "title": "Qué es la ketamina y para qué se usa en medicina",
        "summary": (
            "La ketamina es un medicamento que empezó a usarse como anestésico en la década de 1960. "
            "Hoy también se usa para algunos tipos de dolor y, bajo la atención de un especialista, para la depresión que no ha mejorado con otros tratamientos. "
            "Esta página explica qué es, cómo actúa, cuáles son sus riesgos y qué preguntar a su médico."
        ),
        "key_points": [
            "La ketamina es un medicamento controlado que solo administran profesionales capacitados, que le vigilan de cerca.",
            "Se usa en anestesia y en el tratamiento del dolor, y algunos especialistas la usan en ciertas personas con depresión difícil de tratar.",
            "No es un tratamiento de primera elección para la depresión, y no ayuda a todo el mundo.",
            "Los efectos secundarios son frecuentes, pero suelen durar poco. El mal uso puede dañar la vejiga y causar dependencia.",
            "No debe conducir después del tratamiento. Alguien debería llevarle a casa.",
        ],
        "topics": ["Ketamina", "Salud mental", "Dolor", "Anestesia"],
        "references": [
            "who-eml",
            "nice-depression",
            "frank-ketamine",
            "misuse-of-drugs-act",
        ],
        "body": [
            ("heading", {"text": "Qué es la ketamina", "level": "h2"}),
            (
                "paragraph",
                "<p>La ketamina es un medicamento que puede producir un alivio profundo del dolor, somnolencia y una sensación de desconexión del propio cuerpo. "
                "Los médicos llaman a este último efecto <i>disociación</i>. "
                "En cantidades mayores se usa como anestésico, para que las personas no sientan dolor ni recuerden una operación.</p>"
                "<p>La ketamina es una sustancia controlada. Solo debe administrarla personal capacitado en un hospital, una clínica o una ambulancia, "
                "donde puedan revisar antes su salud y vigilarle de cerca.</p>",
            ),
            ("heading", {"text": "De dónde viene", "level": "h3"}),
            (
                "paragraph",
                "<p>La ketamina se fabricó por primera vez a principios de la década de 1960. Los investigadores buscaban un anestésico que actuara rápido "
                "y que tuviera menos probabilidades que los medicamentos más antiguos de ralentizar la respiración. "
                "Empezó a usarse ampliamente en hospitales y en campos de batalla, y también la usan los veterinarios. "
                "Hoy la Organización Mundial de la Salud la incluye en su lista de medicamentos esenciales, porque es muy útil en emergencias "
                "y en lugares con poco equipamiento [1].</p>",
            ),
            ("heading", {"text": "Cómo actúa la ketamina", "level": "h2"}),
            (
                "paragraph",
                "<p>Las células del cerebro se transmiten mensajes unas a otras mediante sustancias químicas. Una de las más importantes se llama <i>glutamato</i>. "
                "El glutamato actúa encajando en unas partes de las células cerebrales llamadas receptores, un poco como una llave en una cerradura. "
                "La ketamina bloquea un tipo de estas cerraduras, llamado <b>receptor NMDA</b>. "
                "Esto cambia la forma en que viajan los mensajes en el cerebro y reduce la intensidad con que se perciben las señales de dolor.</p>"
                "<p>Los científicos creen que la ketamina también podría ayudar a las células cerebrales a formar nuevas conexiones. "
                "Esto podría explicar por qué puede mejorar el estado de ánimo de algunas personas con depresión. "
                "Pero todavía se está estudiando, y nadie entiende aún del todo cómo actúa.</p>",
            ),
            ("heading", {"text": "Para qué se usa la ketamina", "level": "h2"}),
            (
                "list",
                {
                    "style": "bulleted",
                    "items": [
                        "<p><b>Anestesia:</b> para dormir a una persona durante una operación o un procedimiento corto, a menudo junto con otros medicamentos.</p>",
                        "<p><b>Dolor:</b> en urgencias, después de algunas operaciones y, a veces, para el dolor de larga duración, bajo la atención de un especialista en dolor.</p>",
                        "<p><b>Depresión:</b> para algunos adultos cuya depresión no ha mejorado después de probar otros tratamientos, bajo la atención de un especialista.</p>",
                        "<p><b>Investigación:</b> los científicos están estudiando su uso en el trastorno de estrés postraumático (TEPT), la ansiedad y las adicciones. Estos usos todavía no forman parte de la atención habitual.</p>",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "No es el primer tratamiento para la depresión",
                    "text": "<p>A la mayoría de las personas con depresión se les ofrece primero psicoterapia, medicamentos antidepresivos o ambas cosas [2]. "
                    "Un especialista puede considerar la ketamina, o un espray nasal relacionado llamado esketamina, cuando estos tratamientos no han ayudado lo suficiente. "
                    "Normalmente es una parte de un plan de atención más amplio.</p>",
                },
            ),
            ("heading", {"text": "Seguridad y efectos secundarios", "level": "h2"}),
            (
                "paragraph",
                "<p>Cuando la ketamina la administra personal capacitado, los problemas graves son poco frecuentes. Pero ningún medicamento está libre de riesgos. "
                "Los efectos secundarios durante el tratamiento y poco después son frecuentes. Suelen pasar en pocas horas, y pueden incluir:</p>",
            ),
            (
                "list",
                {
                    "style": "bulleted",
                    "items": [
                        "<p>sensación de desconexión o de estar soñando, o confusión</p>",
                        "<p>mareo, náuseas o vómitos</p>",
                        "<p>visión borrosa, dolor de cabeza o mucho cansancio</p>",
                        "<p>aumento de la presión arterial y del ritmo cardíaco</p>",
                    ],
                },
            ),
            ("heading", {"text": "En qué casos podría no ser adecuada", "level": "h3"}),
            (
                "paragraph",
                "<p>La ketamina no es adecuada para todo el mundo. Su equipo puede desaconsejarla si tiene la presión arterial alta "
                "y mal controlada, algunas enfermedades del corazón o antecedentes de psicosis. "
                "Normalmente no se ofrece para la depresión durante el embarazo ni la lactancia. "
                "Informe a su equipo de todos sus problemas de salud y de cualquier medicamento que tome, incluidos los que compra por su cuenta.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "La ketamina fuera de la atención médica es arriesgada",
                    "text": "<p>Consumir ketamina que no ha recetado ni administrado un profesional es ilegal y puede causar daños graves. "
                    "El consumo repetido puede dañar gravemente la vejiga, causar dolor de estómago y problemas de memoria, y provocar dependencia [3]. "
                    "Después de cualquier tratamiento, no conduzca hasta que su equipo le diga que es seguro.</p>",
                },
            ),
            ("heading", {"text": "La ketamina y la ley", "level": "h2"}),
            (
                "paragraph",
                "<p>En el Reino Unido, como en muchos países, la ketamina es una sustancia controlada [4]. La ley permite usarla a médicos, "
                "personal de enfermería, paramédicos y veterinarios, con normas estrictas sobre cómo se guarda, se receta y se registra. "
                "Cuando la ketamina se usa para la depresión, a menudo se administra <i>fuera de indicación</i>. "
                "Esto significa que se usa de una forma que su autorización no cubre. Los médicos pueden hacerlo cuando consideran que es lo adecuado, "
                "pero deben explicárselo antes a usted.</p>",
            ),
            ("heading", {"text": "Hablar con su médico", "level": "h2"}),
            (
                "paragraph",
                "<p>Si quiere saber si la ketamina podría ayudarle, empiece por su médico de familia, su psiquiatra o el equipo de la clínica. "
                "Puede ser útil escribir sus preguntas antes de la cita. Podría preguntar:</p>",
            ),
            (
                "list",
                {
                    "style": "bulleted",
                    "items": [
                        "<p>¿Por qué cree que este tratamiento podría ser adecuado para mí, y qué otras opciones hay?</p>",
                        "<p>¿Qué riesgos tiene para alguien con mi salud y mis antecedentes?</p>",
                        "<p>¿Cómo sabremos si está ayudando, y qué pasa si no ayuda?</p>",
                        "<p>¿Qué apoyo tendré entre las sesiones y después?</p>",
                    ],
                },
            ),
            (
                "care_cards",
                {
                    "heading": "Cuándo pedir ayuda",
                    "emergency": "<p>Llame ahora al número de emergencias si, después del tratamiento o en cualquier momento:</p>"
                    "<ul><li>tiene dolor en el pecho o le cuesta respirar</li>"
                    "<li>no se consigue despertar a una persona, o tiene una confusión que va a peor</li>"
                    "<li>siente que no puede mantenerse a salvo</li></ul>",
                    "urgent": "<p>Pida consejo el mismo día si:</p>"
                    "<ul><li>muchas horas después del tratamiento todavía se encuentra muy mal, o siente confusión o angustia</li>"
                    "<li>le duele al orinar, o ve sangre en la orina</li></ul>",
                    "non_urgent": "<p>Póngase en contacto con la clínica si:</p>"
                    "<ul><li>tiene preguntas sobre efectos secundarios que ya han pasado</li>"
                    "<li>quiere hablar sobre si el tratamiento le está ayudando</li></ul>",
                },
            ),
            (
                "callout",
                {
                    "kind": "urgent",
                    "title": "Si tiene pensamientos de suicidio",
                    "text": "<p>Si está pensando en quitarse la vida, o siente que no puede mantenerse a salvo, "
                    "<b>llame ahora al número de emergencias o vaya a urgencias</b>. No espere a tener una cita. "
                    "Si puede, cuénteselo a alguien de confianza y pídale que se quede con usted.</p>",
                },
            ),
            (
                "faq_group",
                {
                    "heading": "Preguntas habituales",
                    "faqs": [
                        "is-ketamine-safe",
                        "how-quickly-does-it-work",
                        "will-i-hallucinate",
                        "can-i-drive-home",
                        "who-cannot-have-it",
                    ],
                },
            ),
            (
                "myth_cards",
                {
                    "heading": "Mitos y realidades",
                    "myths": [
                        "only-a-party-drug",
                        "replaces-antidepressants",
                        "harmless-because-medical",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "ketamine-mental-health-pain-emergency-guide",
        "title": "La ketamina en salud mental, dolor y medicina de urgencias: una guía",
        "summary": (
            "La ketamina se usa en quirófanos, ambulancias y servicios de urgencias, y algunos especialistas la usan para la depresión. "
            "Esta guía explica su historia, cómo actúa, para qué se usa, sus riesgos y lo que dice la ley. "
            "También trata lo que todavía no se sabe y cómo hablar de ello con un profesional."
        ),
        "key_points": [
            "La ketamina se usa como anestésico desde hace unos 60 años y es habitual en la atención de urgencias.",
            "Para la depresión, es una opción de especialista cuando otros tratamientos no han ayudado lo suficiente, no una primera elección.",
            "Puede mejorar rápidamente el estado de ánimo de algunas personas, pero no de todas, y el efecto puede no durar.",
            "Solo deben administrarla profesionales capacitados que le evalúen antes y le vigilen de cerca.",
            "El mal uso puede causar daños graves en la vejiga y dependencia. Comprarla por internet o en la calle es ilegal.",
        ],
        "topics": ["Ketamina", "Salud mental", "Dolor", "Atención de urgencias"],
        "references": ["frank-ketamine", "misuse-of-drugs-act"],
        "body": [
            ("heading", {"text": "Sobre esta guía", "level": "h2"}),
            (
                "paragraph",
                "<p>Puede que haya oído hablar de la ketamina en las noticias, por alguien de su entorno o por su médico. "
                "Lo que se oye puede resultar confuso, porque la ketamina es a la vez un medicamento útil y una droga de la que algunas personas hacen un mal uso.</p>"
                "<p>Esta guía explica dónde se usa la ketamina en medicina, qué dicen los estudios y cuáles son los riesgos. "
                "No puede decirle si la ketamina es adecuada para usted. Solo un profesional cualificado que conozca su salud puede ayudarle a decidirlo.</p>",
            ),
            ("heading", {"text": "Un poco de historia", "level": "h2"}),
            (
                "paragraph",
                "<p>La ketamina se desarrolló a principios de la década de 1960. Los médicos necesitaban un anestésico que actuara rápido "
                "y que no detuviera la respiración con tanta facilidad como algunos medicamentos más antiguos. "
                "Después de las primeras pruebas en personas, pronto se empezó a usar en hospitales y para tratar a soldados heridos. "
                "Los veterinarios también empezaron a usarla.</p>"
                "<p>Con los años, los médicos observaron que la ketamina también cambiaba el estado de ánimo de las personas "
                "y su forma de percibir el mundo que las rodea. "
                "Esto llevó a los investigadores a estudiar si podía ayudar a personas con depresión.</p>",
            ),
            (
                "heading",
                {"text": "Cómo actúa la ketamina en el cerebro", "level": "h2"},
            ),
            (
                "paragraph",
                "<p>La ketamina actúa sobre todo en el cerebro. Bloquea un tipo de receptor llamado <b>receptor NMDA</b>, "
                "que normalmente responde a una sustancia mensajera llamada glutamato. "
                "El glutamato interviene en el dolor, la memoria, el aprendizaje y la forma en que percibimos el mundo. "
                "El bloqueo de estos receptores es lo que produce el alivio del dolor y los efectos anestésicos de la ketamina.</p>"
                "<p>A diferencia de muchos anestésicos, la ketamina suele permitir que las personas sigan respirando por sí solas y protejan sus vías respiratorias. "
                "Además, tiende a subir la presión arterial y el ritmo cardíaco en lugar de bajarlos. "
                "Esa es una de las razones por las que es útil en emergencias. Aun así, requiere una vigilancia cuidadosa, porque cada persona reacciona de forma distinta.</p>",
            ),
            ("heading", {"text": "Usos médicos aprobados", "level": "h2"}),
            (
                "paragraph",
                "<p>La ketamina está autorizada como anestésico. Los médicos también la usan en otros contextos, siguiendo directrices y normas claras. "
                "Los usos principales son:</p>",
            ),
            (
                "list",
                {
                    "style": "bulleted",
                    "items": [
                        "<p><b>Anestesia</b> para operaciones y procedimientos cortos, a veces cuando otros anestésicos supondrían más riesgo.</p>",
                        "<p><b>Atención de urgencias y de traumatismos</b>, para el dolor intenso o para ayudar en un procedimiento doloroso, como recolocar un hueso roto.</p>",
                        "<p><b>Atención pediátrica</b>, en la que los especialistas a veces la usan como sedación durante procedimientos cortos y dolorosos.</p>",
                    ],
                },
            ),
            ("heading", {"text": "La ketamina y la salud mental", "level": "h2"}),
            (
                "paragraph",
                "<p>La mayoría de los medicamentos antidepresivos tardan varias semanas en hacer efecto. En algunas personas con depresión grave, "
                "la ketamina puede mejorar el estado de ánimo en cuestión de horas o días. "
                "Por eso los especialistas pueden considerarla para personas cuya depresión no ha mejorado después de probar otros tratamientos. "
                "Esto se suele llamar <i>depresión resistente al tratamiento</i>.</p>"
                "<p>Un medicamento relacionado, la <i>esketamina</i>, se administra como espray nasal en una clínica. En algunos países está autorizada "
                "para algunos adultos con depresión resistente al tratamiento, junto con un antidepresivo. Que se ofrezca o no depende de "
                "dónde viva y de las decisiones de los servicios de salud locales. "
                "La ketamina en sí no está autorizada para la depresión en el Reino Unido, así que, cuando los especialistas la usan, se trata de un uso fuera de indicación.</p>",
            ),
            ("heading", {"text": "Qué dicen los estudios", "level": "h3"}),
            (
                "paragraph",
                "<p>Los estudios indican que la ketamina puede reducir rápidamente los síntomas de la depresión en algunas personas. "
                "Pero muchas personas no responden, y el beneficio a menudo desaparece al cabo de días o semanas. "
                "Todavía no sabemos lo suficiente sobre la mejor forma de usarla durante meses o años, ni sobre sus riesgos a largo plazo. "
                "La mayoría de los servicios la ofrecen junto con apoyo psicológico y revisiones periódicas.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Parte de un plan más amplio",
                    "text": "<p>La ketamina no es un tratamiento de primera elección para la depresión. Normalmente se añade a la atención que ya recibe, "
                    "no la sustituye. No deje ninguno de sus medicamentos sin hablar con su médico.</p>",
                },
            ),
            ("heading", {"text": "El dolor y la medicina de urgencias", "level": "h2"}),
            (
                "paragraph",
                "<p>Los especialistas en dolor a veces usan la ketamina para el dolor difícil de controlar, como algunos tipos de dolor causado por los nervios, "
                "o después de operaciones importantes. Como actúa de forma diferente a los analgésicos opioides, como la morfina, "
                "a veces puede ayudar a reducir la cantidad de opioide que una persona necesita.</p>"
                "<p>En los servicios de urgencias y en las ambulancias, la ketamina puede usarse para el dolor intenso, para procedimientos cortos "
                "y, a veces, para calmar a una persona que está extremadamente angustiada y en situación de riesgo.</p>",
            ),
            ("heading", {"text": "Qué dicen los estudios", "level": "h3"}),
            (
                "paragraph",
                "<p>Los datos sobre la ketamina en anestesia y en el alivio del dolor en urgencias son sólidos, porque se usa desde hace décadas. "
                "Los datos sobre el dolor de larga duración son menos claros. Ayuda a algunas personas, pero no a todas, "
                "y un especialista en dolor sopesará los posibles beneficios frente a los riesgos.</p>",
            ),
            ("heading", {"text": "Seguridad y efectos secundarios", "level": "h2"}),
            (
                "paragraph",
                "<p>Cuando personal capacitado administra la ketamina y le vigila de cerca, los problemas graves son poco frecuentes. "
                "Aun así, los efectos secundarios a corto plazo son frecuentes, y pueden incluir mareo, náuseas, sensación de desconexión, "
                "visión borrosa, confusión y aumento de la presión arterial. Suelen pasar en pocas horas.</p>",
            ),
            ("heading", {"text": "Qué ocurre en una evaluación", "level": "h3"}),
            (
                "paragraph",
                "<p>Antes de que alguien reciba ketamina para la depresión o para el dolor de larga duración, debe hacerse una evaluación cuidadosa. "
                "Lo que ocurre varía de un servicio a otro, pero suele seguir estos pasos:</p>",
            ),
            (
                "list",
                {
                    "style": "numbered",
                    "items": [
                        "<p>Su médico de familia, su psiquiatra o su equipo de salud mental le deriva, o usted pregunta a la clínica cómo son sus evaluaciones.</p>",
                        "<p>Un especialista habla con usted sobre sus síntomas, los tratamientos que ha recibido y su salud en general.</p>",
                        "<p>El equipo revisa su salud física, por ejemplo su presión arterial y su corazón, y puede pedir otras pruebas.</p>",
                        "<p>Le explican los posibles beneficios, los riesgos y lo que no se sabe, y responden a sus preguntas.</p>",
                        "<p>Si ambas partes están de acuerdo en que vale la pena probar el tratamiento, acuerdan un plan, que incluye cómo valorarán si está ayudando.</p>",
                        "<p>Tiene tiempo para pensarlo antes de dar su consentimiento. Puede cambiar de opinión en cualquier momento.</p>",
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": "Una buena evaluación no es un simple trámite. Es nuestra forma de asegurarnos de que un tratamiento es adecuado para la persona que tenemos delante, y de que sabe qué puede esperar.",
                    "attribution": "El equipo asistencial de la clínica",
                },
            ),
            ("heading", {"text": "Riesgos, mal uso y dependencia", "level": "h2"}),
            (
                "paragraph",
                "<p>La ketamina también se consume como droga en la calle. Consumida a menudo y sin atención médica, puede causar daños graves [1], entre ellos:</p>",
            ),
            (
                "list",
                {
                    "style": "bulleted",
                    "items": [
                        "<p>daños en la vejiga, que pueden causar dolor, necesidad de orinar a menudo y, en los casos graves, secuelas duraderas</p>",
                        "<p>dolor de estómago intenso</p>",
                        "<p>problemas de memoria y de concentración</p>",
                        "<p>ansiedad, ánimo bajo y dependencia</p>",
                        "<p>accidentes y lesiones por la sensación de desconexión o por no poder moverse con normalidad</p>",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Nunca consuma ketamina por su cuenta",
                    "text": "<p>La ketamina comprada por internet o en la calle es ilegal, y no se puede saber qué contiene. "
                    "Si le preocupa su propio consumo de ketamina, o el de otra persona, hable con su médico de familia. "
                    "Hay ayuda disponible, y nadie le juzgará por pedirla.</p>",
                },
            ),
            (
                "heading",
                {"text": "La ley y el control de la ketamina", "level": "h2"},
            ),
            (
                "paragraph",
                "<p>La mayoría de los países consideran la ketamina una sustancia controlada. En el Reino Unido, es ilegal tenerla, regalarla o venderla, "
                "salvo que se haya recetado o que la use un profesional autorizado para ello [1][2]. "
                "Los hospitales y las clínicas deben seguir normas estrictas para guardarla, recetarla y registrarla.</p>"
                "<p>La ketamina también es una de las drogas incluidas en las leyes sobre la conducción bajo los efectos de drogas. "
                "Después del tratamiento, no conduzca, no vaya en bicicleta ni use maquinaria durante el resto del día y hasta haber dormido toda una noche, "
                "o durante más tiempo si su equipo se lo indica.</p>",
            ),
            ("heading", {"text": "Mitos y malentendidos", "level": "h2"}),
            (
                "paragraph",
                "<p>Como se habla de la ketamina de tantas formas distintas, los mitos son frecuentes. Estos son algunos de los que oímos más a menudo.</p>",
            ),
            (
                "myth_cards",
                {
                    "heading": "",
                    "myths": [
                        "only-a-party-drug",
                        "replaces-antidepressants",
                        "always-causes-hallucinations",
                        "works-for-everyone",
                        "addictive-after-one-treatment",
                        "safe-to-buy-online",
                    ],
                },
            ),
            (
                "heading",
                {"text": "La investigación y lo que puede venir", "level": "h2"},
            ),
            (
                "paragraph",
                "<p>Los investigadores están estudiando la ketamina para el trastorno de estrés postraumático (TEPT), algunos trastornos de ansiedad, "
                "las adicciones y el dolor de larga duración. También estudian medicamentos relacionados que podrían ayudar de forma parecida "
                "con menos efectos secundarios.</p>"
                "<p>Estos estudios son importantes, pero muchos son pequeños o de corta duración. Mientras no haya pruebas más sólidas, "
                "estos usos no forman parte de la atención habitual. A algunas personas se les puede ofrecer participar en un estudio de investigación, "
                "en el que se prueba un tratamiento nuevo con controles cuidadosos y una vigilancia estrecha.</p>",
            ),
            ("heading", {"text": "Preguntas frecuentes", "level": "h2"}),
            (
                "faq_group",
                {
                    "heading": "",
                    "faqs": [
                        "is-ketamine-safe",
                        "how-quickly-does-it-work",
                        "can-it-replace-my-treatment",
                        "is-ketamine-addictive",
                        "pregnancy-and-breastfeeding",
                        "how-is-it-given",
                        "how-do-i-get-referred",
                    ],
                },
            ),
            ("heading", {"text": "Hablar con un profesional", "level": "h2"}),
            (
                "paragraph",
                "<p>La ketamina es un medicamento importante en anestesia y en la atención de urgencias. Para algunas personas con depresión o "
                "con dolor difícil de tratar, puede ser una opción que vale la pena comentar. También tiene riesgos reales, y no es adecuada para todo el mundo.</p>"
                "<p>Si quiere saber más, hable con su médico de familia, su psiquiatra o el equipo de la clínica. "
                "Pueden estudiar su situación, explicarle las opciones y ayudarle a decidir qué es lo mejor para usted. "
                "No tiene por qué decidir deprisa.</p>",
            ),
            (
                "callout",
                {
                    "kind": "urgent",
                    "title": "Pida ayuda ahora",
                    "text": "<p>Si tiene pensamientos de suicidio, o siente que no puede mantenerse a salvo, "
                    "<b>llame ahora al número de emergencias o vaya a urgencias</b>. No espere a tener una cita ni a la respuesta a un mensaje.</p>",
                },
            ),
        ],
    },
]


CONTACT_PAGE = {
    "title": "Contactar con la clínica",
    "intro": (
        "<p>Use este formulario para hacer una pregunta general sobre la clínica, sobre nuestra información "
        "o sobre cómo funcionan las derivaciones y las evaluaciones. "
        "Un miembro del equipo lee cada mensaje y le responderá lo antes posible.</p>"
        "<p>Este formulario no sirve para pedir consejo médico ni para problemas urgentes. Si tiene preguntas sobre su propio tratamiento, "
        "hable con su médico de familia, su psiquiatra o el equipo que le atiende.</p>"
    ),
    "privacy_notice": (
        "<p>Incluya solo lo que necesitamos para responderle. Los mensajes los lee el equipo de "
        "recepción de la clínica y solo se usan para responder a su consulta; la página de privacidad "
        "explica durante cuánto tiempo se conservan.</p>"
    ),
    "thank_you_text": (
        "<p>Gracias por su mensaje. El equipo de la clínica lo leerá y le responderá.</p>"
        "<p><b>Si es una emergencia, o siente que no puede mantenerse a salvo, llame ahora al número de emergencias o vaya a urgencias.</b></p>"
    ),
}

# About, editorial policy, privacy and accessibility (demo.content.STANDARD_PAGES),
# written for Spanish-speaking readers rather than word for word; the same slugs,
# so the language switcher leads from each page to its Spanish version.
STANDARD_PAGES = [
    {
        "slug": "about",
        "title": "Sobre este sitio web",
        "intro": (
            "Este sitio web explica con palabras sencillas los tratamientos que ofrece la clínica. "
            "Su objetivo es ayudarle a entender sus opciones y a preparar la conversación con su equipo médico."
        ),
        "body": (
            "<h2>A quién va dirigido</h2>"
            "<p>A pacientes, a sus familiares y cuidadores, y a cualquier persona que quiera entender un tratamiento "
            "antes de hablar con un profesional. Escribimos con frases cortas y explicamos las palabras médicas cuando las usamos.</p>"
            "<h2>Cómo preparamos la información</h2>"
            "<p>Intentamos explicar lo que se sabe, lo que todavía no se sabe y cuáles son los riesgos, "
            "sin presentar ningún tratamiento como mejor ni peor de lo que es.</p>"
            "<ul>"
            "<li>Nos basamos en las recomendaciones médicas ampliamente aceptadas.</li>"
            "<li>No damos dosis ni instrucciones para usar ningún medicamento por su cuenta.</li>"
            "<li>No anunciamos productos ni empresas.</li>"
            "<li>Revisamos las páginas y las actualizamos cuando cambian las recomendaciones.</li>"
            "</ul>"
            "<h2>Es información general</h2>"
            "<p>Nada de lo que lee aquí sustituye el consejo de su médico de familia, su psiquiatra o el equipo de la clínica. "
            "Ellos conocen su salud y su historia, y pueden ayudarle a decidir qué es lo más adecuado en su caso.</p>"
            "<p><b>Si está en crisis o siente que no puede mantenerse a salvo, llame ahora al número de emergencias o vaya a urgencias.</b></p>"
            "<h2>Su opinión nos importa</h2>"
            "<p>Si algo no se entiende, o cree que hay un error, díganoslo a través de la página de contacto. "
            "Por favor, no incluya en su mensaje datos médicos ni información personal sobre su salud.</p>"
        ),
    },
    {
        "slug": "editorial-policy",
        "title": "Cómo escribimos y revisamos nuestra información",
        "intro": (
            "Nuestra política editorial: quién escribe la información de salud de este sitio web, cómo la revisan "
            "los profesionales clínicos, cómo la mantenemos al día y quién la paga, y cómo avisarnos de un error."
        ),
        "body": (
            "<h2>En lenguaje sencillo</h2>"
            "<p>Todas las páginas las escribe el propio equipo de la clínica. Usamos frases cortas y palabras de uso diario, "
            "y explicamos cada término médico la primera vez que aparece. Contamos lo que se sabe, lo que aún no se sabe "
            "y cuáles son los riesgos, y procuramos no presentar un tratamiento como mejor ni peor de lo que es.</p>"
            "<p>Nuestras páginas ofrecen información general. No sustituyen el consejo de un médico, una enfermera o un farmacéutico "
            "que le conozca, y nunca indican dosis: eso lo decide con usted su equipo médico.</p>"
            "<h2>Revisada por un profesional clínico antes de publicarse</h2>"
            "<p>Antes de publicar una página de salud, un profesional clínico cualificado de la clínica comprueba que es exacta, "
            "equilibrada y segura. Cada página indica quién la revisó, su titulación y la fecha de la revisión.</p>"
            "<p>Nos basamos en guías clínicas nacionales, revisiones sistemáticas y otros estudios de buena calidad. "
            "Cuando una página se apoya en una fuente concreta, la citamos en las referencias al final de la página.</p>"
            "<h2>Siempre al día</h2>"
            "<p>Cada página de salud se revisa de nuevo al menos una vez al año, y antes si surgen datos o recomendaciones nuevas importantes. "
            "Cada página indica cuándo le toca la próxima revisión. Si una revisión se retrasa, la página sigue publicada con un aviso "
            "de que se está revisando, porque una información que era correcta en su última comprobación suele ser más útil que ninguna.</p>"
            "<p>Las pequeñas correcciones que no cambian ninguna información de salud, como arreglar una errata o un enlace roto, "
            "no cambian la fecha de revisión. El historial de cada página deja constancia del tipo de cambio de cada actualización.</p>"
            "<h2>Quién paga este sitio web</h2>"
            "<p>La clínica financia este sitio web con su propio presupuesto. No aceptamos publicidad ni patrocinios, "
            "y ninguna empresa farmacéutica ni de ningún otro tipo paga, escribe o aprueba nuestros contenidos. "
            "No mencionamos ni promocionamos marcas ni vendedores de medicamentos.</p>"
            "<h2>Si encuentra un error</h2>"
            "<p>Si cree que algo de este sitio web es incorrecto, está desactualizado o cuesta entenderlo, díganoslo "
            "a través de la página de contacto e indique a qué página se refiere. Por favor, no incluya datos médicos personales. "
            "Un profesional clínico estudiará cada aviso sobre información de salud, y corregiremos los errores lo antes posible.</p>"
        ),
    },
    {
        "slug": "privacy",
        "title": "Privacidad",
        "intro": (
            "Esta página explica qué datos recoge este sitio web, para qué y qué derechos tiene usted. "
            "Es un texto de ejemplo: la clínica debe revisarlo y sustituirlo por su propio aviso antes de publicar el sitio."
        ),
        "body": (
            "<h2>Qué datos recogemos</h2>"
            "<p>Puede leer este sitio web sin decirnos quién es. Solo recogemos datos personales cuando usted decide enviárnoslos, "
            "por ejemplo mediante el formulario de contacto. El formulario le pide:</p>"
            "<ul>"
            "<li>su nombre</li>"
            "<li>cómo responderle</li>"
            "<li>su mensaje</li>"
            "</ul>"
            "<p>Por favor, no envíe por el formulario datos médicos ni información personal sobre su salud. "
            "Si necesita hablar de su salud, el equipo de la clínica le propondrá una forma más segura de hacerlo.</p>"
            "<h2>Para qué los usamos</h2>"
            "<p>Usamos los datos que nos envía únicamente para responder a su consulta. No los vendemos ni los usamos con fines comerciales.</p>"
            "<h2>Cuánto tiempo los guardamos</h2>"
            "<p>Guardamos las consultas solo el tiempo necesario para atender su petición y cumplir nuestras obligaciones legales. "
            "Después las borramos.</p>"
            "<h2>Cookies</h2>"
            "<p>Este sitio web usa únicamente las cookies imprescindibles para funcionar, como las que lo mantienen seguro. "
            "No usa cookies publicitarias.</p>"
            "<h2>Sus derechos</h2>"
            "<p>La normativa de protección de datos le reconoce el derecho a:</p>"
            "<ul>"
            "<li>pedir una copia de los datos que tenemos sobre usted</li>"
            "<li>pedirnos que corrijamos los datos que sean incorrectos</li>"
            "<li>pedirnos que borremos sus datos</li>"
            "<li>reclamar ante la autoridad de protección de datos si no está conforme con el uso que hemos hecho de ellos</li>"
            "</ul>"
            "<p>Para ejercer cualquiera de estos derechos, escríbanos a través de la página de contacto.</p>"
        ),
    },
    {
        "slug": "accessibility",
        "title": "Declaración de accesibilidad",
        "intro": (
            "Queremos que el mayor número posible de personas pueda usar este sitio web. "
            "Esta declaración explica cómo lo intentamos y cómo avisarnos si algo no funciona."
        ),
        "body": (
            "<h2>Cómo puede usar este sitio web</h2>"
            "<p>Debería poder:</p>"
            "<ul>"
            "<li>ampliar el texto hasta cuatro veces sin que se salga de la pantalla</li>"
            "<li>moverse por todo el sitio solo con el teclado</li>"
            "<li>usar el sitio con un lector de pantalla</li>"
            "<li>leer páginas escritas en lenguaje sencillo, con frases cortas</li>"
            "</ul>"
            "<h2>Grado de accesibilidad</h2>"
            "<p>Nuestro objetivo es cumplir el nivel AA de las Pautas de Accesibilidad para el Contenido Web (WCAG), versión 2.2. "
            "Este es un texto de ejemplo: la clínica debe revisar el sitio y enumerar aquí las partes que todavía no cumplan esta norma.</p>"
            "<h2>Cómo informar de un problema</h2>"
            "<p>Si algo le resulta difícil de usar, o necesita la información en otro formato, como letra grande o lectura fácil, "
            "díganoslo a través de la página de contacto. Indíquenos en qué página estaba y qué falló.</p>"
            "<h2>Si no está conforme con nuestra respuesta</h2>"
            "<p>Si se pone en contacto con nosotros y no está conforme con nuestra respuesta, puede pedir que se vuelva a estudiar su queja. "
            "También puede dirigirse al organismo que vela por el cumplimiento de las normas de accesibilidad donde usted vive.</p>"
        ),
    },
]

# The contact form's labels and help texts (CONTACT_FORM_FIELDS in
# load_demo_content), keyed by their English wording, which is unique.
CONTACT_FORM_FIELDS = {
    "Your name": "Su nombre",
    "Your email address": "Su dirección de correo electrónico",
    "We will only use this to reply to you.": "Solo la usaremos para responderle.",
    "Phone number": "Número de teléfono",
    "If you would like us to call you back.": "Si desea que le llamemos.",
    "Your message": "Su mensaje",
    "Please do not include medical details.": "Por favor, no incluya datos médicos.",
    "I agree to the clinic storing this message so that it can reply to me.": (
        "Acepto que la clínica guarde este mensaje para poder responderme."
    ),
}

# Clinic settings' patient-facing default wording, keyed by field name
# (home.models.ClinicSettings). Phone and emergency numbers are the clinic's
# own and never translated.
CLINIC_WORDING = {
    "urgent_notice_text": (
        "Si usted u otra persona está en peligro, o siente que no puede mantenerse a salvo, "
        "pida ayuda ahora."
    ),
}

# Patient-facing wording written in the site's templates (the footer's medical
# disclaimer and the urgent-help notice), keyed by the English as it reads
# there, for the Spanish message catalogue or a translatable setting.
SITE_CHROME = {
    "Medical disclaimer:": "Aviso médico:",
    (
        "the information on this website is for education only. "
        "It does not replace advice from a doctor, nurse or pharmacist who knows your health. "
        "Do not start, stop or change any treatment without talking to them first."
    ): (
        "la información de este sitio web tiene solo fines educativos. "
        "No sustituye los consejos de un profesional de medicina, enfermería o farmacia que conozca su salud. "
        "No empiece, deje ni cambie ningún tratamiento sin hablar antes con esa persona."
    ),
    "In an emergency call:": "En caso de emergencia, llame al:",
    "Urgent help": "Ayuda urgente",
    "Need urgent help?": "¿Necesita ayuda urgente?",
    "Emergency:": "Emergencias:",
    "Urgent advice:": "Consejo urgente:",
}


# The medicine page: explains, points to professional care and emergency help,
# and never gives doses or instructions for use.
MEDICINES = [
    {
        "slug": "ketamine",
        "title": "Ketamina",
        "summary": (
            "La ketamina es un medicamento que se usa sobre todo como anestésico y para el dolor intenso. "
            "La administra personal capacitado en hospitales, ambulancias y algunas clínicas. "
            "Los especialistas a veces la usan para la depresión que no ha mejorado con otros tratamientos."
        ),
        "medicine_type": "Anestésico y analgésico",
        "given_as": "Inyección o goteo en vena, por personal capacitado",
        "legal_status_summary": "Sustancia controlada en el Reino Unido y en muchos otros países",
        "prescription_status": "prescription_only",
        "what_it_is": (
            "<p>La ketamina es un medicamento que alivia el dolor, produce una somnolencia profunda y puede causar una sensación "
            "de desconexión del propio cuerpo y del entorno. Los médicos llaman a esta sensación <i>disociación</i>. "
            "Se usa como anestésico desde la década de 1960, y la Organización Mundial de la Salud la incluye en su lista de medicamentos esenciales [1].</p>"
            "<p>Un medicamento muy relacionado, la <i>esketamina</i>, es una de las dos formas, como imágenes en un espejo, que componen la ketamina. "
            "Se administra como espray nasal y en algunos países tiene su propia autorización.</p>"
        ),
        "used_for": (
            "<ul>"
            "<li><b>Anestesia</b> para operaciones y procedimientos cortos, a menudo junto con otros medicamentos [2].</li>"
            "<li><b>Dolor intenso</b>, por ejemplo después de una lesión o de algunas operaciones, en la atención de urgencias o bajo la atención de un especialista en dolor.</li>"
            "<li><b>Depresión</b> que no ha mejorado después de otros tratamientos, en algunos adultos bajo la atención de un especialista.</li>"
            "</ul>"
            "<p>La ketamina no es un primer tratamiento para la depresión: a la mayoría de las personas se les ofrece primero psicoterapia, "
            "medicamentos antidepresivos o ambas cosas [5]. En el Reino Unido, la ketamina no está autorizada para la depresión, "
            "así que, cuando un especialista la usa con este fin, se trata de un uso <i>fuera de indicación</i>, y debe explicarle qué significa eso.</p>"
            "<p>Los investigadores también están estudiando la ketamina para otras enfermedades. Estos usos no forman parte de la atención habitual.</p>"
        ),
        "how_it_works": (
            "<p>La ketamina bloquea un tipo de receptor del cerebro llamado <b>receptor NMDA</b>. "
            "Normalmente, una sustancia mensajera llamada glutamato actúa sobre estos receptores. "
            "Al bloquearlos, se atenúan las señales de dolor y, con más cantidad del medicamento, se produce la anestesia.</p>"
            "<p>No se entiende del todo cómo mejora la ketamina el estado de ánimo de algunas personas con depresión. "
            "Los científicos creen que podría ayudar a las células del cerebro a formar nuevas conexiones, pero todavía se está estudiando.</p>"
        ),
        "how_given": (
            "<p>La ketamina suele administrarse mediante una inyección en una vena o en un músculo, o lentamente por goteo. "
            "Solo la administra personal capacitado en un hospital, una ambulancia o una clínica que pueda revisar antes su salud "
            "y vigilarle durante todo el proceso.</p>"
            "<p>La cantidad, la frecuencia y la duración las decide su equipo de atención solo para usted, "
            "por eso este sitio web no indica dosis. La ketamina nunca es algo que se tome en casa por cuenta propia.</p>"
        ),
        "who_should_not_have_it": (
            "<p>Su equipo puede desaconsejar la ketamina, o tomar precauciones adicionales, si usted:</p>"
            "<ul>"
            "<li>tiene la presión arterial alta y mal controlada</li>"
            "<li>tiene una enfermedad grave del corazón, o ha tenido un ictus (accidente cerebrovascular)</li>"
            "<li>tiene antecedentes de psicosis, como oír voces o tener creencias que los demás no comparten</li>"
            "<li>ha tenido problemas con el alcohol o las drogas (esto no siempre la descarta, pero su equipo necesita saberlo)</li>"
            "</ul>"
            "<p>Informe a su equipo de todos sus problemas de salud y medicamentos antes de tomar cualquier decisión [2].</p>"
        ),
        "side_effects": (
            "<p>Los efectos secundarios son frecuentes durante el tratamiento y poco después. Suelen pasar en pocas horas, e incluyen:</p>"
            "<ul>"
            "<li>sensación de desconexión o de estar soñando, confusión o ansiedad</li>"
            "<li>sueños muy vívidos, o ver y oír las cosas de forma diferente</li>"
            "<li>mareo, y visión borrosa o doble</li>"
            "<li>náuseas o vómitos</li>"
            "<li>aumento de la presión arterial y del ritmo cardíaco</li>"
            "</ul>"
            "<p>El personal le vigila hasta que han pasado los efectos principales. No conduzca, no vaya en bicicleta ni use maquinaria "
            "hasta que su equipo le diga que es seguro.</p>"
            "<p>Consumida a menudo y sin atención médica, la ketamina puede dañar gravemente la vejiga y causar dependencia [3].</p>"
        ),
        "serious_side_effects": (
            "<p>Los problemas graves son poco frecuentes cuando la ketamina la administra personal capacitado. "
            "Después del tratamiento, pida ayuda de inmediato si usted, o alguien que esté con usted, nota:</p>"
            "<ul>"
            "<li>dolor en el pecho, latidos muy rápidos o irregulares, o dificultad para respirar</li>"
            "<li>confusión o angustia que va a peor en lugar de mejorar</li>"
            "<li>que no se consigue despertar bien a una persona</li>"
            "<li>pensamientos de hacerse daño, o la sensación de no poder mantenerse a salvo</li>"
            "</ul>"
        ),
        "interactions": (
            "<p>Informe a su equipo de todos los medicamentos que toma, incluidos los que compra sin receta y los remedios a base de plantas. "
            "Otros medicamentos que dan sueño, como los analgésicos potentes, las pastillas para dormir y algunos medicamentos para la ansiedad, "
            "pueden sumarse a los efectos de la ketamina.</p>"
            "<p>No beba alcohol ni consuma drogas recreativas antes ni después del tratamiento: se suman a los efectos de la ketamina sobre la respiración, "
            "el estado de alerta y el juicio. No deje ninguno de sus medicamentos habituales salvo que su equipo se lo indique.</p>"
        ),
        "pregnancy_breastfeeding": (
            "<p>Normalmente no se ofrece ketamina para la depresión durante el embarazo ni durante la lactancia, "
            "porque no hay suficiente información sobre sus efectos en el bebé. "
            "Aun así, puede usarse como anestésico durante el embarazo cuando el anestesista considera que es la mejor opción.</p>"
            "<p>Informe a su equipo si está embarazada, cree que podría estarlo, está planeando un embarazo o está dando el pecho.</p>"
        ),
        "legal_status": (
            "<p>En el Reino Unido, la ketamina es una sustancia controlada [4], como en muchos otros países. "
            "Los médicos, el personal de enfermería, los paramédicos y los veterinarios pueden usarla, con normas estrictas sobre cómo se guarda, "
            "se receta y se registra. Es un medicamento que solo se puede obtener con receta [2].</p>"
            "<p>Es ilegal tener, regalar o vender ketamina que no le hayan recetado a usted [3]. "
            "También está incluida en las leyes del Reino Unido sobre la conducción bajo los efectos de drogas.</p>"
        ),
        "care_cards": {
            "heading": "Cuándo pedir ayuda",
            "emergency": "<p>Llame ahora al número de emergencias si, después del tratamiento o en cualquier momento:</p>"
            "<ul><li>tiene dolor en el pecho o le cuesta respirar</li>"
            "<li>no se consigue despertar a una persona, o tiene una confusión que va a peor</li>"
            "<li>siente que no puede mantenerse a salvo</li></ul>",
            "urgent": "<p>Pida consejo el mismo día si:</p>"
            "<ul><li>muchas horas después del tratamiento todavía se encuentra muy mal, o siente confusión o angustia</li>"
            "<li>le duele al orinar, o ve sangre en la orina</li></ul>",
            "non_urgent": "<p>Póngase en contacto con la clínica si:</p>"
            "<ul><li>tiene preguntas sobre efectos secundarios que ya han pasado</li>"
            "<li>quiere hablar sobre si el tratamiento le está ayudando</li></ul>",
        },
        "references": [
            "who-eml",
            "bnf-ketamine",
            "frank-ketamine",
            "misuse-of-drugs-act",
            "nice-depression",
        ],
    },
]
