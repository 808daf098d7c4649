"""Demo content for `load_demo_content`: written for this project, in its own words."""

HOME = {
    "title": "Clear information about your treatment",
    "intro": (
        "<p>This website explains treatments used at the clinic in plain language. "
        "You can read about what a treatment is, what it is used for, and what is known and not yet known about it.</p>"
        "<p>The information here is general. It does not replace advice from your GP, psychiatrist or the clinic’s team, "
        "who know your health and history.</p>"
    ),
    "contact_cta_text": "Contact the clinic",
    "featured_heading": "Popular topics",
    "faq_teaser": (
        "Short answers to the questions people ask most, from side effects to driving home after treatment."
    ),
    "myths_teaser": (
        "Some things people say about ketamine are not true. See what is known, and what is still uncertain."
    ),
}


# A made-up clinician: a real clinic replaces this record with its own reviewers.
REVIEWER = {
    "name": "Dr Alex Example",
    "credentials": "MB ChB, FRCA",
    "role": "Consultant anaesthetist (demo reviewer: replace before going live)",
}
# Demo accounts, made without a password: set one with `manage.py changepassword NAME`.
DEMO_USERS = [
    ("demo-editor", "Editors", "Robin", "Editor"),
    ("demo-reviewer", "Clinical reviewers", "Alex", "Example"),
]
# How many days ago each demo page was clinically reviewed. The myths page is
# close to its next review, so the review-due report has something to show.
REVIEWED_DAYS_AGO = {"articles": 45, "faqs": 120, "myths": 350}


FAQS = [
    {
        "slug": "is-ketamine-safe",
        "question": "Is ketamine safe when a doctor gives it?",
        "answer": (
            "<p>No medicine is completely free of risk, and ketamine is no different. "
            "It has been used in operations and emergency care for many years, so doctors know a lot about its effects. "
            "The risks are lower when trained staff check first that it is right for you, watch you closely while you have it, "
            "and look after you until the main effects have worn off. "
            "Your team will talk you through the risks that apply to you before you decide.</p>"
        ),
    },
    {
        "slug": "how-quickly-does-it-work",
        "question": "How quickly does ketamine work?",
        "answer": (
            "<p>As an anaesthetic or painkiller, it starts to work within minutes. "
            "When it is used for depression, some people notice a change in their mood within hours or days. "
            "This does not happen for everyone, and the effect can fade, so your team will plan regular reviews with you. "
            "It is not possible to promise in advance how you will respond.</p>"
        ),
    },
    {
        "slug": "can-it-replace-my-treatment",
        "question": "Can ketamine replace my other treatment?",
        "answer": (
            "<p>Usually not. Ketamine is normally one part of a wider plan that may also include talking therapy, "
            "other medicines and support from your GP or mental health team. "
            "<b>Do not stop or change any of your medicines on your own.</b> "
            "If you want to change your treatment, talk to the doctor who prescribes it first.</p>"
        ),
    },
    {
        "slug": "will-i-hallucinate",
        "question": "Will I hallucinate? What does dissociation feel like?",
        "answer": (
            "<p>Many people feel <i>dissociated</i> for a short time. "
            "This can feel like being detached from your body or your surroundings, or like sounds, colours or time seem strange. "
            "Some people find it pleasant and some find it unsettling. "
            "Not everyone has vivid experiences, and staff stay with you and can help if you feel anxious. "
            "These feelings usually pass soon after the treatment ends.</p>"
        ),
    },
    {
        "slug": "can-i-drive-home",
        "question": "Can I drive home after treatment?",
        "answer": (
            "<p>No. Ketamine can affect your judgement, reactions and vision for some hours, even when you feel fine. "
            "Please arrange for someone to take you home. "
            "Do not drive, cycle or use machinery for the rest of that day and until you have had a night’s sleep, "
            "or for longer if your team tells you to. "
            "Driving while your driving is impaired by a drug is against the law.</p>"
        ),
    },
    {
        "slug": "is-ketamine-addictive",
        "question": "Is ketamine addictive?",
        "answer": (
            "<p>Ketamine can lead to dependence, especially when people use it often and without medical care. "
            "In treatment, the risk is reduced because it is given only in the clinic, by trained staff, as part of a plan that is reviewed. "
            "Tell your team if you have ever had problems with alcohol or drugs. "
            "This does not always rule treatment out, but it helps them plan your care safely.</p>"
        ),
    },
    {
        "slug": "who-cannot-have-it",
        "question": "Who may not be able to have ketamine?",
        "answer": (
            "<p>Ketamine is not suitable for everyone. Your team may advise against it if you have, for example:</p>"
            "<ul>"
            "<li>high blood pressure that is not well controlled</li>"
            "<li>some heart or blood vessel conditions</li>"
            "<li>a history of psychosis, such as hearing voices or having beliefs others do not share</li>"
            "<li>some liver problems, or a history of drug or alcohol misuse</li>"
            "</ul>"
            "<p>Your team will ask about your health and check you before any decision is made.</p>"
        ),
    },
    {
        "slug": "pregnancy-and-breastfeeding",
        "question": "Can I have ketamine if I am pregnant or breastfeeding?",
        "answer": (
            "<p>Ketamine is not usually offered for depression during pregnancy or while breastfeeding, "
            "because there is not enough information about its effects on a baby. "
            "Tell your team if you are pregnant, think you might be, are planning a pregnancy or are breastfeeding. "
            "If you need an anaesthetic during pregnancy, your anaesthetist will explain the choices and the reasons for them.</p>"
        ),
    },
    {
        "slug": "how-is-it-given",
        "question": "How is ketamine given?",
        "answer": (
            "<p>In hospitals and clinics, ketamine is usually given as an injection or through a drip into a vein. "
            "A related medicine called <i>esketamine</i> is given as a nasal spray, and in some countries it is licensed for some adults "
            "with depression that has not improved with other treatments. "
            "Whichever form is used, it is given by trained staff who watch you during and after the treatment. "
            "It is never something to take at home on your own.</p>"
        ),
    },
    {
        "slug": "is-ketamine-legal",
        "question": "Is ketamine legal?",
        "answer": (
            "<p>Ketamine is a controlled drug. In the UK and many other countries, the law allows it to be used in medical and veterinary care, "
            "but it is strictly controlled. "
            "It is illegal to have, share or sell ketamine that has not been prescribed to you. "
            "In treatment, it should only be given by licensed professionals in a proper clinical setting.</p>"
        ),
    },
    {
        "slug": "what-side-effects",
        "question": "What side effects can ketamine cause?",
        "answer": (
            "<p>Side effects you may notice during or soon after treatment include:</p>"
            "<ul>"
            "<li>feeling detached, dreamy or confused</li>"
            "<li>dizziness, feeling sick or being sick</li>"
            "<li>blurred vision or a headache</li>"
            "<li>a rise in blood pressure and heart rate</li>"
            "</ul>"
            "<p>These usually settle within a few hours. "
            "Tell staff straight away if you feel unwell, and tell your team about anything that worries you afterwards.</p>"
        ),
    },
    {
        "slug": "what-happens-after",
        "question": "What happens after a treatment session?",
        "answer": (
            "<p>You will stay at the clinic until staff are happy that the main effects have worn off. "
            "They will check things like your blood pressure and how you are feeling before you leave. "
            "Someone should take you home, and it is best to rest for the rest of the day. "
            "Your team will explain how follow-up works and who to contact if you have questions.</p>"
        ),
    },
    {
        "slug": "how-do-i-get-referred",
        "question": "How do I get a referral or an assessment?",
        "answer": (
            "<p>Start by talking to your GP, psychiatrist or the mental health team who looks after you. "
            "They can tell you whether ketamine or another treatment might be worth considering, and can share your history with the clinic. "
            "You can also contact the clinic to ask how its assessments work. "
            "An assessment does not commit you to treatment, and you can take time to decide.</p>"
        ),
    },
    {
        "slug": "what-to-do-in-a-crisis",
        "question": "What should I do in a crisis?",
        "answer": (
            "<p><b>If you are thinking about ending your life, or you feel you cannot keep yourself safe, "
            "call the emergency number or go to A&amp;E now.</b> "
            "Do not wait for a clinic appointment or a reply to a message. "
            "If you can, tell someone you trust how you are feeling and ask them to stay with you. "
            "Your GP or local urgent mental health service can also help you find support quickly.</p>"
        ),
    },
]


MYTHS = [
    {
        "slug": "only-a-party-drug",
        "myth": "Ketamine is just a party drug.",
        "fact": "Ketamine is a medicine that has been used in anaesthesia and emergency care since the 1960s.",
        "explanation": (
            "<p>Some people misuse ketamine, and that is where many people first hear of it. "
            "But it is also a well-known medicine used in hospitals and by ambulance teams around the world. "
            "Medical use and street use are very different: in treatment, the medicine is checked, the person is assessed "
            "and trained staff watch them throughout.</p>"
        ),
        "source_title": "",
    },
    {
        "slug": "replaces-antidepressants",
        "myth": "Ketamine can replace all antidepressants.",
        "fact": "Ketamine is not a first-line treatment for depression. It is one option a specialist may consider when other treatments have not helped enough.",
        "explanation": (
            "<p>Most people with depression are first offered talking therapies, antidepressant medicines or both. "
            "Ketamine or esketamine may be considered under specialist care when these have not worked well enough. "
            "It is usually added to a wider plan rather than used on its own. "
            "Never stop your usual medicines without talking to your doctor.</p>"
        ),
        "source_title": "",
    },
    {
        "slug": "always-causes-hallucinations",
        "myth": "Ketamine always makes you hallucinate.",
        "fact": "Many people feel detached or dreamy for a short time, but not everyone has vivid experiences, and staff are there to help.",
        "explanation": (
            "<p>Changes in how you see, hear or feel things are common during treatment, and they usually pass quickly. "
            "How strong they are differs from person to person. "
            "Staff explain what to expect beforehand, stay with you during treatment and can help if you feel anxious.</p>"
        ),
        "source_title": "",
    },
    {
        "slug": "works-for-everyone",
        "myth": "Ketamine works for everyone with depression.",
        "fact": "Ketamine helps some people, but not everyone, and any benefit can wear off over time.",
        "explanation": (
            "<p>Research suggests ketamine can lift mood quickly in some people whose depression has not improved with other treatments. "
            "Others notice little or no change. "
            "There are still open questions about how long the benefits last and how best to use it over a longer time. "
            "Your team will agree with you how you will both judge whether it is helping.</p>"
        ),
        "source_title": "",
    },
    {
        "slug": "addictive-after-one-treatment",
        "myth": "One ketamine treatment will make you addicted.",
        "fact": "Dependence is a real risk with repeated use outside medical care, but a single supervised treatment is very unlikely to cause addiction.",
        "explanation": (
            "<p>Dependence usually develops when people use ketamine often and without medical supervision. "
            "In treatment, it is given only by staff, in the clinic, as part of a plan that is reviewed. "
            "Your team will ask about any past problems with alcohol or drugs so that they can plan your care safely.</p>"
        ),
        "source_title": "",
    },
    {
        "slug": "harmless-because-medical",
        "myth": "Ketamine is harmless because doctors use it.",
        "fact": "Like all medicines, ketamine has risks. Used often outside medical care, it can badly damage the bladder and lead to dependence.",
        "explanation": (
            "<p>Being used in medicine does not make a drug harmless. "
            "In treatment, doctors lower the risks by checking who it is suitable for and by watching people closely. "
            "Repeated use without medical care can cause serious bladder damage, stomach pain, memory problems and dependence.</p>"
        ),
        "source_title": "",
    },
    {
        "slug": "safe-to-buy-online",
        "myth": "You can buy ketamine safely online.",
        "fact": "Ketamine sold online or on the street is illegal and can be dangerous. In treatment, it should only be given by licensed professionals.",
        "explanation": (
            "<p>You cannot know what is really in ketamine bought online or from a dealer, or how strong it is. "
            "Using it without medical checks and monitoring puts your health at risk, and having it is against the law. "
            "If you think ketamine might help you, talk to your GP, psychiatrist or the clinic’s team.</p>"
        ),
        "source_title": "",
    },
]


FAQ_PAGE = {
    "title": "Frequently asked questions",
    "intro": (
        "<p>Here are short answers to questions people often ask about ketamine treatment. "
        "They are general and cannot cover every situation, so please talk to your GP, psychiatrist or the clinic’s team "
        "about your own care.</p>"
        "<p><b>If you are in crisis or feel unable to keep yourself safe, call the emergency number or go to A&amp;E now.</b></p>"
    ),
    "groups": [
        {
            "heading": "About ketamine",
            "faqs": [
                "is-ketamine-safe",
                "is-ketamine-addictive",
                "is-ketamine-legal",
                "who-cannot-have-it",
                "pregnancy-and-breastfeeding",
            ],
        },
        {
            "heading": "Having treatment",
            "faqs": [
                "how-is-it-given",
                "how-quickly-does-it-work",
                "will-i-hallucinate",
                "what-side-effects",
                "can-it-replace-my-treatment",
            ],
        },
        {
            "heading": "After treatment",
            "faqs": [
                "what-happens-after",
                "can-i-drive-home",
            ],
        },
        {
            "heading": "Getting help",
            "faqs": [
                "how-do-i-get-referred",
                "what-to-do-in-a-crisis",
            ],
        },
    ],
}


MYTHS_PAGE = {
    "title": "Myths and facts about ketamine",
    "intro": (
        "<p>People hear many different things about ketamine, and some of them are wrong. "
        "These cards set out what is known, and what is still uncertain, in plain words. "
        "If something here raises a question about your own care, talk to your GP, psychiatrist or the clinic’s team.</p>"
    ),
    "groups": [
        {
            "heading": "What ketamine is and what it does",
            "myths": [
                "only-a-party-drug",
                "always-causes-hallucinations",
                "works-for-everyone",
                "replaces-antidepressants",
            ],
        },
        {
            "heading": "Risks and staying safe",
            "myths": [
                "addictive-after-one-treatment",
                "harmless-because-medical",
                "safe-to-buy-online",
            ],
        },
    ],
}


# Real, checkable sources cited in the demo pages as [1], [2]… Details we could
# not confirm (authors, year, date accessed) are left blank rather than guessed.
REFERENCES = {
    "who-eml": {
        "authors": "World Health Organization",
        "title": "WHO Model List of Essential Medicines – 23rd List, 2023",
        "publisher": "World Health Organization",
        "year": 2023,
        "link": "https://www.who.int/publications/i/item/WHO-MHP-HPS-EML-2023.02",
        "accessed": None,
    },
    "nice-depression": {
        "authors": "National Institute for Health and Care Excellence",
        "title": "Depression in adults: treatment and management (NICE guideline NG222)",
        "publisher": "NICE",
        "year": 2022,
        "link": "https://www.nice.org.uk/guidance/ng222",
        "accessed": None,
    },
    "frank-ketamine": {
        "authors": "",
        "title": "Ketamine",
        "publisher": "FRANK (UK government drugs advice service)",
        "year": None,
        "link": "https://www.talktofrank.com/drug/ketamine",
        "accessed": None,
    },
    "misuse-of-drugs-act": {
        "authors": "",
        "title": "Misuse of Drugs Act 1971",
        "publisher": "The National Archives (legislation.gov.uk)",
        "year": 1971,
        "link": "https://www.legislation.gov.uk/ukpga/1971/38/contents",
        "accessed": None,
    },
    "bnf-ketamine": {
        "authors": "",
        "title": "Ketamine",
        "publisher": "British National Formulary (BNF), NICE",
        "year": None,
        "link": "https://bnf.nice.org.uk/drugs/ketamine/",
        "accessed": None,
    },
}


ARTICLES = [
    {
        "slug": "understanding-ketamine",
        "title": "Understanding ketamine and its medical uses",
        "summary": (
            "Ketamine is a medicine first used as an anaesthetic in the 1960s. "
            "Today it is also used for some kinds of pain and, under specialist care, for depression that has not improved with other treatments. "
            "This page explains what it is, how it works, its risks and what to ask your doctor."
        ),
        "key_points": [
            "Ketamine is a controlled medicine, given only by trained professionals who monitor you closely.",
            "It is used in anaesthesia and pain care, and by specialists for some people with hard-to-treat depression.",
            "It is not a first-line treatment for depression, and it does not help everyone.",
            "Side effects are common but usually short-lived. Misuse can cause bladder damage and dependence.",
            "You must not drive after treatment. Someone should take you home.",
        ],
        "topics": ["Ketamine", "Mental health", "Pain", "Anaesthesia"],
        "references": [
            "who-eml",
            "nice-depression",
            "frank-ketamine",
            "misuse-of-drugs-act",
        ],
        "body": [
            ("heading", {"text": "What ketamine is", "level": "h2"}),
            (
                "paragraph",
                "<p>Ketamine is a medicine that can cause deep pain relief, sleepiness and a feeling of being detached from your body. "
                "Doctors call this last effect <i>dissociation</i>. "
                "At higher amounts it is used as an anaesthetic, so that people do not feel pain or remember an operation.</p>"
                "<p>Ketamine is a controlled drug. It should only be given by trained staff in a hospital, clinic or ambulance, "
                "where they can check your health first and watch you closely.</p>",
            ),
            ("heading", {"text": "Where it came from", "level": "h3"}),
            (
                "paragraph",
                "<p>Ketamine was first made in the early 1960s. Researchers wanted an anaesthetic that worked quickly and "
                "was less likely than older medicines to slow down breathing. "
                "It came into wide use in hospitals and on battlefields, and vets use it too. "
                "Today the World Health Organization lists it as an essential medicine, because it is so useful in emergencies "
                "and in places with little equipment [1].</p>",
            ),
            ("heading", {"text": "How ketamine works", "level": "h2"}),
            (
                "paragraph",
                "<p>Your brain cells pass messages to each other using chemicals. One of the most important is called <i>glutamate</i>. "
                "Glutamate works by fitting into parts of brain cells called receptors, a bit like a key in a lock. "
                "Ketamine blocks one type of these locks, called the <b>NMDA receptor</b>. "
                "This changes how messages travel in the brain and reduces how strongly pain signals are felt.</p>"
                "<p>Scientists think ketamine may also help brain cells form new connections. "
                "This might explain why it can lift mood in some people with depression. "
                "But this is still being studied, and no one yet fully understands how it works.</p>",
            ),
            ("heading", {"text": "What ketamine is used for", "level": "h2"}),
            (
                "list",
                {
                    "style": "bulleted",
                    "items": [
                        "<p><b>Anaesthesia:</b> to put people to sleep for an operation or a short procedure, often alongside other medicines.</p>",
                        "<p><b>Pain:</b> in emergencies, after some operations, and sometimes for long-term pain, under a pain specialist.</p>",
                        "<p><b>Depression:</b> for some adults whose depression has not improved after trying other treatments, under specialist care.</p>",
                        "<p><b>Research:</b> scientists are studying its use in post-traumatic stress disorder (PTSD), anxiety and addiction. These uses are not yet standard care.</p>",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Not a first treatment for depression",
                    "text": "<p>Most people with depression are first offered talking therapies, antidepressant medicines or both [2]. "
                    "Ketamine, or a related nasal spray called esketamine, may be considered by a specialist when these have not helped enough. "
                    "It is usually one part of a wider plan of care.</p>",
                },
            ),
            ("heading", {"text": "Safety and side effects", "level": "h2"}),
            (
                "paragraph",
                "<p>When ketamine is given by trained staff, serious problems are uncommon. But no medicine is free of risk. "
                "Side effects during and soon after treatment are common. They usually settle within a few hours, and may include:</p>",
            ),
            (
                "list",
                {
                    "style": "bulleted",
                    "items": [
                        "<p>feeling detached, dreamy or confused</p>",
                        "<p>dizziness, feeling sick or being sick</p>",
                        "<p>blurred vision, a headache or feeling very tired</p>",
                        "<p>a rise in blood pressure and heart rate</p>",
                    ],
                },
            ),
            ("heading", {"text": "Who may not be able to have it", "level": "h3"}),
            (
                "paragraph",
                "<p>Ketamine is not suitable for everyone. Your team may advise against it if you have high blood pressure "
                "that is not well controlled, some heart conditions, or a history of psychosis. "
                "It is not usually offered for depression during pregnancy or breastfeeding. "
                "Tell your team about all your health conditions and any medicines you take, including ones you buy yourself.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Ketamine outside medical care is risky",
                    "text": "<p>Using ketamine that has not been prescribed and given by a professional is illegal and can cause serious harm. "
                    "Repeated use can badly damage the bladder, cause stomach pain and memory problems, and lead to dependence [3]. "
                    "After any treatment, do not drive until your team says it is safe.</p>",
                },
            ),
            ("heading", {"text": "Ketamine and the law", "level": "h2"}),
            (
                "paragraph",
                "<p>In the UK, as in many countries, ketamine is a controlled drug [4]. The law allows doctors, nurses, paramedics "
                "and vets to use it, with strict rules on how it is stored, prescribed and recorded. "
                "When ketamine is used for depression, it is often given <i>off-label</i>. "
                "This means it is used in a way its licence does not cover. Doctors can do this when they judge it to be right, "
                "but they should explain it to you first.</p>",
            ),
            ("heading", {"text": "Talking to your doctor", "level": "h2"}),
            (
                "paragraph",
                "<p>If you want to know whether ketamine might help you, start with your GP, psychiatrist or the clinic’s team. "
                "It can help to write your questions down before the appointment. You might ask:</p>",
            ),
            (
                "list",
                {
                    "style": "bulleted",
                    "items": [
                        "<p>Why do you think this treatment might suit me, and what are the other options?</p>",
                        "<p>What are the risks for someone with my health and history?</p>",
                        "<p>How will we know if it is helping, and what happens if it is not?</p>",
                        "<p>What support will I have between sessions and afterwards?</p>",
                    ],
                },
            ),
            (
                "care_cards",
                {
                    "heading": "When to get help",
                    "emergency": "<p>Call the emergency number now if, after treatment or at any time:</p>"
                    "<ul><li>you have chest pain, or find it hard to breathe</li>"
                    "<li>someone cannot be woken, or is confused and getting worse</li>"
                    "<li>you feel you cannot keep yourself safe</li></ul>",
                    "urgent": "<p>Get advice the same day if:</p>"
                    "<ul><li>you still feel very unwell, confused or distressed many hours after treatment</li>"
                    "<li>it hurts to pass urine, or you see blood in your urine</li></ul>",
                    "non_urgent": "<p>Contact the clinic if:</p>"
                    "<ul><li>you have questions about side effects that have passed</li>"
                    "<li>you want to talk about whether treatment is helping</li></ul>",
                },
            ),
            (
                "callout",
                {
                    "kind": "urgent",
                    "title": "If you are having thoughts of suicide",
                    "text": "<p>If you are thinking about ending your life, or you feel you cannot keep yourself safe, "
                    "<b>call the emergency number or go to A&amp;E now</b>. Do not wait for an appointment. "
                    "If you can, tell someone you trust and ask them to stay with you.</p>",
                },
            ),
            (
                "faq_group",
                {
                    "heading": "Questions people ask",
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
                    "heading": "Myths and facts",
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
        "title": "Ketamine in mental health care, pain and emergency medicine: a guide",
        "summary": (
            "Ketamine is used in operating theatres, ambulances and emergency departments, and by some specialists for depression. "
            "This guide explains its history, how it works, what it is used for, its risks and the law. "
            "It also covers what is still uncertain and how to talk to a professional about it."
        ),
        "key_points": [
            "Ketamine has been used as an anaesthetic for around 60 years and is common in emergency care.",
            "For depression, it is a specialist option when other treatments have not helped enough, not a first choice.",
            "It can lift mood quickly in some people, but not in everyone, and the effect may not last.",
            "It must only be given by trained professionals who assess you first and monitor you closely.",
            "Misuse can cause serious bladder damage and dependence. Buying it online or on the street is illegal.",
        ],
        "topics": ["Ketamine", "Mental health", "Pain", "Emergency care"],
        "references": ["frank-ketamine", "misuse-of-drugs-act"],
        "body": [
            ("heading", {"text": "About this guide", "level": "h2"}),
            (
                "paragraph",
                "<p>You may have heard about ketamine in the news, from a friend, or from your doctor. "
                "What you hear can be confusing, because ketamine is both a useful medicine and a drug that some people misuse.</p>"
                "<p>This guide explains where ketamine is used in medicine, what the evidence says, and what the risks are. "
                "It cannot tell you whether ketamine is right for you. Only a qualified professional who knows your health can help you decide that.</p>",
            ),
            ("heading", {"text": "A short history", "level": "h2"}),
            (
                "paragraph",
                "<p>Ketamine was developed in the early 1960s. Doctors needed an anaesthetic that acted fast and did not stop people "
                "breathing as easily as some older medicines. "
                "After early tests in people, it was soon used in hospitals and to treat injured soldiers. Vets also began to use it.</p>"
                "<p>Over many years, doctors noticed that ketamine also changed people’s mood and how they saw the world around them. "
                "This led researchers to study whether it could help people with depression.</p>",
            ),
            ("heading", {"text": "How ketamine acts on the brain", "level": "h2"}),
            (
                "paragraph",
                "<p>Ketamine acts mainly on the brain. It blocks a type of receptor called the <b>NMDA receptor</b>, "
                "which normally responds to a messenger chemical called glutamate. "
                "Glutamate is involved in pain, memory, learning and how we sense the world. "
                "Blocking these receptors is what causes ketamine’s pain relief and anaesthetic effects.</p>"
                "<p>Unlike many anaesthetics, ketamine usually lets people keep breathing on their own and protect their airway. "
                "It also tends to raise blood pressure and heart rate rather than lower them. "
                "That is one reason it is useful in emergencies. It still needs careful monitoring, because everyone reacts differently.</p>",
            ),
            ("heading", {"text": "Medical uses it is approved for", "level": "h2"}),
            (
                "paragraph",
                "<p>Ketamine is licensed as an anaesthetic. Doctors also use it in other settings, following clear guidance and rules. "
                "The main uses are:</p>",
            ),
            (
                "list",
                {
                    "style": "bulleted",
                    "items": [
                        "<p><b>Anaesthesia</b> for operations and short procedures, sometimes when other anaesthetics would carry more risk.</p>",
                        "<p><b>Emergency and trauma care</b>, for severe pain or to help with a painful procedure such as setting a broken bone.</p>",
                        "<p><b>Children’s care</b>, where specialists sometimes use it for sedation during short, painful procedures.</p>",
                    ],
                },
            ),
            ("heading", {"text": "Ketamine and mental health", "level": "h2"}),
            (
                "paragraph",
                "<p>Most antidepressant medicines take several weeks to work. For some people with severe depression, "
                "ketamine can improve mood within hours or days. "
                "That is why specialists may consider it for people whose depression has not improved after trying other treatments. "
                "This is often called <i>treatment-resistant depression</i>.</p>"
                "<p>A related medicine, <i>esketamine</i>, is given as a nasal spray in a clinic. It is licensed in some countries "
                "for some adults with treatment-resistant depression, alongside an antidepressant. Whether it is offered depends on "
                "where you live and on local health service decisions. "
                "Ketamine itself is not licensed for depression in the UK, so when specialists use it, it is used off-label.</p>",
            ),
            ("heading", {"text": "What the evidence says", "level": "h3"}),
            (
                "paragraph",
                "<p>Research suggests ketamine can reduce symptoms of depression quickly for some people. "
                "But many people do not respond, and the benefit often fades after days or weeks. "
                "We still do not know enough about the best way to use it over months or years, or about long-term risks. "
                "Most services offer it together with psychological support and regular reviews.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Part of a wider plan",
                    "text": "<p>Ketamine is not a first-line treatment for depression. It is usually added to your existing care, "
                    "not used instead of it. Do not stop any of your medicines without talking to your doctor.</p>",
                },
            ),
            ("heading", {"text": "Pain and emergency medicine", "level": "h2"}),
            (
                "paragraph",
                "<p>Pain specialists sometimes use ketamine for pain that is hard to control, such as some types of nerve pain, "
                "or after major operations. Because it works differently from opioid painkillers such as morphine, "
                "it can sometimes help reduce the amount of opioid a person needs.</p>"
                "<p>In emergency departments and ambulances, ketamine can be used for severe pain, for short procedures, "
                "and sometimes to calm someone who is extremely distressed and at risk of harm.</p>",
            ),
            ("heading", {"text": "What the evidence says", "level": "h3"}),
            (
                "paragraph",
                "<p>The evidence for ketamine in anaesthesia and emergency pain relief is well established, because it has been used for decades. "
                "The evidence for long-term pain conditions is more mixed. It helps some people, but not all, "
                "and a pain specialist will weigh the possible benefits against the risks.</p>",
            ),
            ("heading", {"text": "Safety and side effects", "level": "h2"}),
            (
                "paragraph",
                "<p>When trained staff give ketamine and watch you closely, serious problems are uncommon. "
                "Short-term side effects are common, though, and may include dizziness, feeling sick, feeling detached, "
                "blurred vision, confusion, and a rise in blood pressure. These usually pass within a few hours.</p>",
            ),
            ("heading", {"text": "What happens at an assessment", "level": "h3"}),
            (
                "paragraph",
                "<p>Before anyone has ketamine for depression or long-term pain, there should be a careful assessment. "
                "What happens varies between services, but it usually follows these steps:</p>",
            ),
            (
                "list",
                {
                    "style": "numbered",
                    "items": [
                        "<p>Your GP, psychiatrist or mental health team refers you, or you ask the clinic how its assessments work.</p>",
                        "<p>A specialist talks with you about your symptoms, your past treatments and your general health.</p>",
                        "<p>The team checks your physical health, such as your blood pressure and heart, and may arrange other tests.</p>",
                        "<p>They explain the possible benefits, the risks and what is uncertain, and answer your questions.</p>",
                        "<p>If you both agree treatment is worth trying, you agree a plan, including how you will judge whether it is helping.</p>",
                        "<p>You have time to think before you give your consent. You can change your mind at any point.</p>",
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": "A good assessment is not a formality. It is how we make sure a treatment is right for the person in front of us, and that they know what to expect.",
                    "attribution": "The clinic’s care team",
                },
            ),
            ("heading", {"text": "Risks, misuse and dependence", "level": "h2"}),
            (
                "paragraph",
                "<p>Ketamine is also used as a street drug. Taken often and without medical care, it can cause serious harm [1], including:</p>",
            ),
            (
                "list",
                {
                    "style": "bulleted",
                    "items": [
                        "<p>damage to the bladder, which can cause pain, needing to pass urine often and, in severe cases, lasting harm</p>",
                        "<p>severe stomach pain</p>",
                        "<p>problems with memory and concentration</p>",
                        "<p>anxiety, low mood and dependence</p>",
                        "<p>accidents and injuries while feeling detached or unable to move normally</p>",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Never use ketamine on your own",
                    "text": "<p>Ketamine bought online or on the street is illegal, and you cannot know what is in it. "
                    "If you are worried about your own ketamine use, or someone else’s, talk to your GP. "
                    "Help is available, and you will not be judged for asking.</p>",
                },
            ),
            (
                "heading",
                {"text": "The law and how ketamine is controlled", "level": "h2"},
            ),
            (
                "paragraph",
                "<p>Most countries treat ketamine as a controlled drug. In the UK, it is illegal to have, give away or sell it "
                "unless it has been prescribed or is being used by a professional allowed to do so [1][2]. "
                "Hospitals and clinics must follow strict rules for storing, prescribing and recording it.</p>"
                "<p>Ketamine is also one of the drugs covered by drug-driving laws. "
                "After treatment, do not drive, cycle or use machinery for the rest of the day and until you have had a night’s sleep, "
                "or for longer if your team tells you to.</p>",
            ),
            ("heading", {"text": "Myths and misunderstandings", "level": "h2"}),
            (
                "paragraph",
                "<p>Because ketamine is talked about in so many ways, myths are common. Here are some of the ones we hear most often.</p>",
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
            ("heading", {"text": "Research and what may come next", "level": "h2"}),
            (
                "paragraph",
                "<p>Researchers are studying ketamine for post-traumatic stress disorder (PTSD), some anxiety disorders, "
                "addiction and long-term pain. They are also looking at related medicines that might help in similar ways "
                "with fewer side effects.</p>"
                "<p>These studies are important, but many are small or short. Until there is stronger evidence, "
                "these uses are not standard care. Some people may be offered a place in a research study, "
                "where a new treatment is tried with careful checks and close monitoring.</p>",
            ),
            ("heading", {"text": "Common questions", "level": "h2"}),
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
            ("heading", {"text": "Talking to a professional", "level": "h2"}),
            (
                "paragraph",
                "<p>Ketamine is an important medicine in anaesthesia and emergency care. For some people with depression or "
                "hard-to-treat pain, it may be an option worth discussing. It also has real risks, and it is not right for everyone.</p>"
                "<p>If you would like to know more, talk to your GP, psychiatrist or the clinic’s team. "
                "They can look at your own situation, explain the choices and help you decide what is best for you. "
                "There is no pressure to decide quickly.</p>",
            ),
            (
                "callout",
                {
                    "kind": "urgent",
                    "title": "Get help now",
                    "text": "<p>If you are having thoughts of suicide, or you feel you cannot keep yourself safe, "
                    "<b>call the emergency number or go to A&amp;E now</b>. Do not wait for an appointment or a reply to a message.</p>",
                },
            ),
        ],
    },
]


STANDARD_PAGES = [
    {
        "slug": "about",
        "title": "About this website",
        "intro": "This website gives plain-language information about treatments offered at the clinic. It is here to help you understand your options and prepare for talking to your care team.",
        "body": (
            "<h2>Who this website is for</h2>"
            "<p>This site is for patients, their families and carers, and anyone who wants to understand a treatment before talking to a professional. "
            "We write in short sentences and explain medical words when we use them.</p>"
            "<h2>How we write our information</h2>"
            "<p>We aim to explain what is known, what is not yet known and what the risks are. We try not to make a treatment sound better or worse than it is.</p>"
            "<ul>"
            "<li>We base our information on mainstream medical guidance.</li>"
            "<li>We do not give doses or instructions for using any medicine yourself.</li>"
            "<li>We do not advertise products or companies.</li>"
            "<li>We review pages and update them when guidance changes.</li>"
            "</ul>"
            "<h2>This information is general</h2>"
            "<p>Nothing on this site replaces advice from your GP, psychiatrist or the clinic’s team. "
            "They know your health and history and can help you decide what is right for you.</p>"
            "<p><b>If you are in crisis or feel unable to keep yourself safe, call the emergency number or go to A&amp;E now.</b></p>"
            "<h2>Telling us what you think</h2>"
            "<p>If something is unclear, or you think something is wrong, please let us know using the contact page. "
            "Please do not include medical details or personal health information in your message.</p>"
        ),
    },
    {
        "slug": "editorial-policy",
        "title": "How we write and check our information",
        "intro": (
            "Our editorial policy: how the health information on this website is written, checked by clinicians, "
            "kept up to date and paid for, and how to tell us about a mistake."
        ),
        "body": (
            "<h2>Written in plain language</h2>"
            "<p>The clinic’s own team writes every page. We use short sentences and everyday words, and we explain a medical word "
            "the first time we use it. We say what is known, what is not yet known and what the risks are, "
            "and we try not to make a treatment sound better or worse than it is.</p>"
            "<p>Our pages give general information. They are not a substitute for advice from a doctor, nurse or pharmacist who knows you, "
            "and they never give doses: your care team decides those with you.</p>"
            "<h2>Checked by a clinician before it is published</h2>"
            "<p>Before a health page is published, a qualified clinician from the clinic checks that it is accurate, balanced and safe. "
            "Each page shows who reviewed it, their qualifications and the date of the review.</p>"
            "<p>We base our information on national clinical guidance, systematic reviews and other good-quality research. "
            "Where a page draws on a particular source, it is listed in the references at the end of the page.</p>"
            "<h2>Kept up to date</h2>"
            "<p>Every health page is reviewed again at least once a year, and sooner if important new evidence or guidance appears. "
            "Each page shows when its next review is due. If a review is overdue, the page stays online with a note that it is being reviewed, "
            "because information that was correct when it was last checked is usually more helpful than no information at all.</p>"
            "<p>Small corrections that do not change any health information, such as fixing a typing mistake or a broken link, "
            "do not change the review date. Our page history records which kind of change each update was.</p>"
            "<h2>How this website is paid for</h2>"
            "<p>The clinic pays for this website from its own budget. We do not accept advertising or sponsorship, "
            "and no drug company or other business pays for, writes or approves our content. "
            "We do not name or promote particular brands or sellers of medicines.</p>"
            "<h2>Telling us about a mistake</h2>"
            "<p>If you think something on this website is wrong, out of date or hard to understand, please tell us "
            "through the contact page, saying which page you mean. Please do not include personal medical details. "
            "A clinician will look at every report about health information, and we will correct mistakes as quickly as we can.</p>"
        ),
    },
    {
        "slug": "privacy",
        "title": "Privacy",
        "intro": "This page explains what information this website collects, why, and what your rights are. It is example text that the clinic must check and replace with its own notice before the site goes live.",
        "body": (
            "<h2>What we collect</h2>"
            "<p>You can read this website without telling us who you are. We only collect personal information when you choose to send it to us, "
            "for example through the contact form. The form asks for:</p>"
            "<ul>"
            "<li>your name</li>"
            "<li>how to reply to you</li>"
            "<li>your message</li>"
            "</ul>"
            "<p>Please do not send medical details or personal health information through the form. "
            "If you need to talk about your health, the clinic’s team will arrange a safer way to do so.</p>"
            "<h2>Why we use it</h2>"
            "<p>We use the information you send only to reply to your enquiry. We do not sell it, and we do not use it for marketing.</p>"
            "<h2>How long we keep it</h2>"
            "<p>We keep enquiries only for as long as we need them to deal with your request and to meet our legal duties. Then we delete them.</p>"
            "<h2>Cookies</h2>"
            "<p>This website uses only the cookies it needs to work, such as those that keep the site secure. "
            "It does not use advertising cookies.</p>"
            "<h2>Your rights</h2>"
            "<p>Under data protection law, you have the right to:</p>"
            "<ul>"
            "<li>ask for a copy of the information we hold about you</li>"
            "<li>ask us to correct information that is wrong</li>"
            "<li>ask us to delete your information</li>"
            "<li>complain to the data protection regulator if you are unhappy with how we have used your information</li>"
            "</ul>"
            "<p>To use any of these rights, please get in touch through the contact page.</p>"
        ),
    },
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "intro": "We want as many people as possible to be able to use this website. This statement explains how we try to do that and how to tell us about problems.",
        "body": (
            "<h2>Using this website</h2>"
            "<p>You should be able to:</p>"
            "<ul>"
            "<li>make text bigger, up to four times, without it going off the screen</li>"
            "<li>move around the site using only a keyboard</li>"
            "<li>use the site with a screen reader</li>"
            "<li>read pages written in plain language, with short sentences</li>"
            "</ul>"
            "<h2>How accessible this website is</h2>"
            "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. "
            "This is example text: the clinic should check the site and list here any parts that do not yet meet this standard.</p>"
            "<h2>Reporting a problem</h2>"
            "<p>If you find something hard to use, or you need information in a different format, such as large print or easy read, "
            "please tell us using the contact page. Tell us which page you were on and what went wrong.</p>"
            "<h2>If you are not happy with our reply</h2>"
            "<p>If you contact us and are not happy with how we respond, you can ask for your complaint to be looked at again. "
            "You can also contact the body that enforces accessibility rules where you live.</p>"
        ),
    },
]


CONTACT_PAGE = {
    "title": "Contact the clinic",
    "intro": (
        "<p>Use this form to ask a general question about the clinic, our information or how referrals and assessments work. "
        "A member of the team reads each message and will reply as soon as they can.</p>"
        "<p>This form is not for medical advice or urgent problems. For questions about your own treatment, "
        "talk to your GP, psychiatrist or the team looking after you.</p>"
    ),
    "privacy_notice": (
        "<p>Only include what we need to reply to you. Messages are read by the clinic’s "
        "reception team and used only to answer your enquiry; the privacy page explains how long "
        "they are kept.</p>"
    ),
    "thank_you_text": (
        "<p>Thank you for your message. The clinic’s team will read it and reply to you.</p>"
        "<p><b>If it is an emergency, or you feel unable to keep yourself safe, call the emergency number or go to A&amp;E now.</b></p>"
    ),
}


# The medicine page: explains, points to professional care and emergency help,
# and never gives doses or instructions for use.
MEDICINES = [
    {
        "slug": "ketamine",
        "title": "Ketamine",
        "summary": (
            "Ketamine is a medicine used mainly as an anaesthetic and for strong pain. "
            "It is given by trained staff in hospitals, ambulances and some clinics. "
            "Specialists sometimes use it for depression that has not improved with other treatments."
        ),
        "medicine_type": "Anaesthetic and painkiller",
        "given_as": "Injection or drip, by trained staff",
        "legal_status_summary": "Controlled drug in the UK and many other countries",
        "prescription_status": "prescription_only",
        "what_it_is": (
            "<p>Ketamine is a medicine that relieves pain, causes deep sleepiness and can make you feel detached from your body "
            "and your surroundings. Doctors call this feeling <i>dissociation</i>. "
            "It has been used as an anaesthetic since the 1960s, and the World Health Organization lists it as an essential medicine [1].</p>"
            "<p>A closely related medicine, <i>esketamine</i>, is one of the two mirror-image forms that make up ketamine. "
            "It is given as a nasal spray and has its own licence in some countries.</p>"
        ),
        "used_for": (
            "<ul>"
            "<li><b>Anaesthesia</b> for operations and short procedures, often together with other medicines [2].</li>"
            "<li><b>Strong pain</b>, for example after an injury or some operations, in emergency care or under a pain specialist.</li>"
            "<li><b>Depression</b> that has not improved after other treatments, for some adults under specialist care.</li>"
            "</ul>"
            "<p>Ketamine is not a first treatment for depression: most people are first offered talking therapies, "
            "antidepressant medicines or both [5]. In the UK, ketamine is not licensed for depression, "
            "so when a specialist uses it for this, it is used <i>off-label</i> and they should explain what that means.</p>"
            "<p>Researchers are also studying ketamine for other conditions. These uses are not standard care.</p>"
        ),
        "how_it_works": (
            "<p>Ketamine blocks a type of receptor in the brain called the <b>NMDA receptor</b>. "
            "A chemical messenger called glutamate normally acts on these receptors. "
            "Blocking them dampens pain signals and, with more of the medicine, causes anaesthesia.</p>"
            "<p>How ketamine lifts mood in some people with depression is not fully understood. "
            "Scientists think it may help brain cells form new connections, but this is still being studied.</p>"
        ),
        "how_given": (
            "<p>Ketamine is usually given as an injection into a vein or a muscle, or slowly through a drip. "
            "It is only given by trained staff in a hospital, an ambulance or a clinic that can check your health first "
            "and watch you throughout.</p>"
            "<p>How much you have, how often and for how long is decided by your care team for you alone, "
            "so this website does not give doses. Ketamine is never something to take at home on your own.</p>"
        ),
        "who_should_not_have_it": (
            "<p>Your team may advise against ketamine, or take extra care, if you have:</p>"
            "<ul>"
            "<li>high blood pressure that is not well controlled</li>"
            "<li>serious heart disease, or have had a stroke</li>"
            "<li>a history of psychosis, such as hearing voices or having beliefs others do not share</li>"
            "<li>had problems with alcohol or drugs (this does not always rule it out, but your team needs to know)</li>"
            "</ul>"
            "<p>Tell your team about all your health conditions and medicines before any decision is made [2].</p>"
        ),
        "side_effects": (
            "<p>Side effects are common during and soon after treatment. They usually wear off within a few hours, and include:</p>"
            "<ul>"
            "<li>feeling detached, dreamy, confused or anxious</li>"
            "<li>vivid dreams, or seeing and hearing things differently</li>"
            "<li>dizziness, and blurred or double vision</li>"
            "<li>feeling sick or being sick</li>"
            "<li>a rise in blood pressure and heart rate</li>"
            "</ul>"
            "<p>Staff watch you until the main effects have passed. Do not drive, cycle or use machinery until your team says it is safe.</p>"
            "<p>Used often and without medical care, ketamine can badly damage the bladder and lead to dependence [3].</p>"
        ),
        "serious_side_effects": (
            "<p>Serious problems are uncommon when trained staff give ketamine. "
            "After treatment, get help straight away if you or someone with you notices:</p>"
            "<ul>"
            "<li>chest pain, a racing or uneven heartbeat, or difficulty breathing</li>"
            "<li>confusion or distress that is getting worse rather than better</li>"
            "<li>someone cannot be woken properly</li>"
            "<li>thoughts of harming yourself, or feeling you cannot keep yourself safe</li>"
            "</ul>"
        ),
        "interactions": (
            "<p>Tell your team about every medicine you take, including ones you buy without a prescription and herbal remedies. "
            "Other medicines that make you sleepy, such as strong painkillers, sleeping tablets and some medicines for anxiety, "
            "can add to ketamine's effects.</p>"
            "<p>Do not drink alcohol or take recreational drugs before or after treatment: they add to its effects on your breathing, "
            "alertness and judgement. Do not stop any of your usual medicines unless your team tells you to.</p>"
        ),
        "pregnancy_breastfeeding": (
            "<p>Ketamine is not usually offered for depression during pregnancy or while breastfeeding, "
            "because there is not enough information about its effects on a baby. "
            "It may still be used as an anaesthetic in pregnancy when the anaesthetist judges it is the best choice.</p>"
            "<p>Tell your team if you are pregnant, think you might be, are planning a pregnancy or are breastfeeding.</p>"
        ),
        "legal_status": (
            "<p>In the UK, ketamine is a controlled drug [4], as it is in many other countries. "
            "Doctors, nurses, paramedics and vets may use it, with strict rules on how it is stored, prescribed and recorded. "
            "It is a prescription-only medicine [2].</p>"
            "<p>It is illegal to have, give away or sell ketamine that has not been prescribed for you [3]. "
            "It is also covered by the UK's drug-driving laws.</p>"
        ),
        "care_cards": {
            "heading": "When to get help",
            "emergency": "<p>Call the emergency number now if, after treatment or at any time:</p>"
            "<ul><li>you have chest pain, or find it hard to breathe</li>"
            "<li>someone cannot be woken, or is confused and getting worse</li>"
            "<li>you feel you cannot keep yourself safe</li></ul>",
            "urgent": "<p>Get advice the same day if:</p>"
            "<ul><li>you still feel very unwell, confused or distressed many hours after treatment</li>"
            "<li>it hurts to pass urine, or you see blood in your urine</li></ul>",
            "non_urgent": "<p>Contact the clinic if:</p>"
            "<ul><li>you have questions about side effects that have passed</li>"
            "<li>you want to talk about whether treatment is helping</li></ul>",
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
