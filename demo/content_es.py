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
            "<p>Muchas personas sienten <i>disociación</i> durante un rato. "
            "Puede sentirse como una desconexión del propio cuerpo o del entorno, o notar que los sonidos, los colores o el tiempo parecen extraños. "
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
            "No conduzca, no vaya en bicicleta ni use maquinaria durante el resto de ese día y hasta haber dormido una noche, "
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
        "question": "¿Quién podría no poder recibir ketamina?",
        "answer": (
            "<p>La ketamina no es adecuada para todo el mundo. Su equipo puede desaconsejarla si tiene, por ejemplo:</p>"
            "<ul>"
            "<li>presión arterial alta que no está bien controlada</li>"
            "<li>algunas enfermedades del corazón o de los vasos sanguíneos</li>"
            "<li>antecedentes de psicosis, como oír voces o tener creencias que los demás no comparten</li>"
            "<li>algunos problemas de hígado, o antecedentes de consumo problemático de drogas o alcohol</li>"
            "</ul>"
            "<p>Su equipo le preguntará por su salud y le examinará antes de tomar cualquier decisión.</p>"
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
        "fact": "Muchas personas sienten desconexión o como si soñaran durante un rato, pero no todo el mundo tiene experiencias intensas, y el personal está ahí para ayudar.",
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
