-- OC Pizza Terminal: demo catalogue and opening stock.
--
-- Idempotent: every INSERT ends with ON CONFLICT DO NOTHING on a natural key, serial ids are
-- looked up by code, so running this file again changes nothing. Plain SQL for PostgreSQL 12+,
-- without BEGIN/COMMIT: the caller runs it in one transaction. Staff are created elsewhere.
--
-- Demo facts the tests and the README rely on:
--   * store 5 (PAR-05, OC Pizza Marais) has 0 g of 'burrata': the pizza 'burrata' cannot be made there;
--   * store 3 (PAR-03, OC Pizza Batignolles) has 800 g of 'ham' for a threshold of 1000 g: LOW;
--   * every other stock row is well above its threshold.
-- Lookups by code use scalar subselects, so a misspelt code fails loudly (NOT NULL violation)
-- instead of silently dropping rows.

-- ---------------------------------------------------------------- stores

INSERT INTO store (id, code, name, address_line, postal_code, city, phone) VALUES
    (1, 'PAR-01', 'OC Pizza Bastille',          '12 rue de la Roquette',        '75011', 'Paris', '+33143551201'),
    (2, 'PAR-02', 'OC Pizza Montmartre',        '48 rue des Abbesses',          '75018', 'Paris', '+33142622802'),
    (3, 'PAR-03', 'OC Pizza Batignolles',       '27 rue des Batignolles',       '75017', 'Paris', '+33145224703'),
    (4, 'PAR-04', 'OC Pizza Butte-aux-Cailles', '19 rue de la Butte-aux-Cailles', '75013', 'Paris', '+33145806304'),
    (5, 'PAR-05', 'OC Pizza Marais',            '35 rue Vieille-du-Temple',     '75004', 'Paris', '+33142741505')
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------- ingredients

INSERT INTO ingredient (code, name, unit) VALUES
    -- bases
    ('pizza_dough',          'Pâte à pizza',                       'g'),
    ('tomato_sauce',         'Sauce tomate (San Marzano)',         'ml'),
    ('creme_fraiche',        'Crème fraîche épaisse',              'ml'),
    ('olive_oil',            'Huile d''olive vierge extra',        'ml'),
    ('chili_oil',            'Huile pimentée',                     'ml'),
    -- cheeses
    ('mozzarella',           'Mozzarella fior di latte',           'g'),
    ('burrata',              'Burrata des Pouilles',               'g'),
    ('gorgonzola',           'Gorgonzola dolce',                   'g'),
    ('goat_cheese',          'Fromage de chèvre (bûche)',          'g'),
    ('parmesan',             'Parmigiano Reggiano',                'g'),
    ('ricotta',              'Ricotta',                            'g'),
    ('reblochon',            'Reblochon de Savoie',                'g'),
    -- meats and fish
    ('ham',                  'Jambon blanc',                       'g'),
    ('prosciutto',           'Jambon de Parme',                    'g'),
    ('spicy_salami',         'Salame piccante (spianata)',         'g'),
    ('chorizo',              'Chorizo',                            'g'),
    ('merguez',              'Merguez',                            'g'),
    ('bacon_lardons',        'Lardons fumés',                      'g'),
    ('anchovies',            'Anchois à l''huile',                 'g'),
    ('seafood_mix',          'Fruits de mer (crevettes, moules, calamars)', 'g'),
    ('smoked_salmon',        'Saumon fumé',                        'g'),
    ('egg',                  'Oeuf',                               'piece'),
    -- vegetables, fruit, herbs
    ('mushrooms',            'Champignons de Paris',               'g'),
    ('black_olives',         'Olives noires',                      'g'),
    ('capers',               'Câpres',                             'g'),
    ('bell_peppers',         'Poivrons',                           'g'),
    ('red_onions',           'Oignons rouges',                     'g'),
    ('artichokes',           'Coeurs d''artichaut',                'g'),
    ('potatoes',             'Pommes de terre',                    'g'),
    ('cherry_tomatoes',      'Tomates cerises',                    'g'),
    ('arugula',              'Roquette',                           'g'),
    ('pineapple',            'Ananas',                             'g'),
    ('walnuts',              'Cerneaux de noix',                   'g'),
    ('honey',                'Miel de fleurs',                     'g'),
    ('garlic',               'Ail',                                'g'),
    ('basil',                'Basilic frais',                      'g'),
    ('oregano',              'Origan séché',                       'g'),
    ('thyme',                'Thym',                               'g'),
    ('parsley',              'Persil plat',                        'g'),
    ('dill',                 'Aneth',                              'g'),
    -- drinks
    ('coca_cola_33cl',       'Coca-Cola canette 33 cl',            'piece'),
    ('coca_zero_33cl',       'Coca-Cola zéro canette 33 cl',       'piece'),
    ('mineral_water_50cl',   'Eau minérale Evian 50 cl',           'piece'),
    ('sparkling_water_50cl', 'Eau pétillante San Pellegrino 50 cl', 'piece'),
    ('orangina_33cl',        'Orangina canette 33 cl',             'piece'),
    ('iced_tea_33cl',        'Thé glacé pêche canette 33 cl',      'piece'),
    ('peroni_33cl',          'Bière Peroni bouteille 33 cl',       'piece'),
    ('chianti_75cl',         'Chianti DOCG bouteille 75 cl',       'piece'),
    -- desserts
    ('tiramisu_portion',          'Tiramisu (portion)',            'piece'),
    ('panna_cotta_portion',       'Panna cotta (portion)',         'piece'),
    ('chocolate_fondant_portion', 'Fondant au chocolat (portion)', 'piece'),
    ('ice_cream_portion',         'Glace artisanale (pot 2 boules)', 'piece')
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------- products

INSERT INTO product (code, name, category, description, vat_rate, sort_order) VALUES
    -- pizzas
    ('margherita',      'Margherita',       'PIZZA', 'Sauce tomate, mozzarella fior di latte, basilic frais, huile d''olive.',                  10.00,  10),
    ('marinara',        'Marinara',         'PIZZA', 'Sauce tomate, ail, origan, huile d''olive. Sans fromage.',                                10.00,  20),
    ('reine',           'Reine',            'PIZZA', 'Sauce tomate, mozzarella, jambon blanc, champignons de Paris.',                           10.00,  30),
    ('napolitaine',     'Napolitaine',      'PIZZA', 'Sauce tomate, mozzarella, anchois, câpres, olives noires, origan.',                       10.00,  40),
    ('quatre_fromages', 'Quatre fromages',  'PIZZA', 'Sauce tomate, mozzarella, gorgonzola, chèvre, parmesan.',                                 10.00,  50),
    ('calzone',         'Calzone',          'PIZZA', 'Chausson : sauce tomate, mozzarella, ricotta, jambon blanc, champignons.',                10.00,  60),
    ('vegetarienne',    'Végétarienne',     'PIZZA', 'Sauce tomate, mozzarella, poivrons, champignons, oignons rouges, artichauts, olives.',    10.00,  70),
    ('diavola',         'Diavola',          'PIZZA', 'Sauce tomate, mozzarella, salame piccante, huile pimentée.',                              10.00,  80),
    ('royale',          'Royale',           'PIZZA', 'Sauce tomate, mozzarella, jambon blanc, champignons, oeuf, olives noires.',               10.00,  90),
    ('savoyarde',       'Savoyarde',        'PIZZA', 'Crème fraîche, mozzarella, pommes de terre, lardons, reblochon, oignons rouges.',         10.00, 100),
    ('chevre_miel',     'Chèvre-miel',      'PIZZA', 'Crème fraîche, mozzarella, chèvre, miel, noix, thym.',                                    10.00, 110),
    ('orientale',       'Orientale',        'PIZZA', 'Sauce tomate, mozzarella, merguez, poivrons, oignons rouges, oeuf.',                      10.00, 120),
    ('hawaienne',       'Hawaïenne',        'PIZZA', 'Sauce tomate, mozzarella, jambon blanc, ananas.',                                         10.00, 130),
    ('capricciosa',     'Capricciosa',      'PIZZA', 'Sauce tomate, mozzarella, jambon blanc, champignons, artichauts, olives noires.',         10.00, 140),
    ('pescatore',       'Pescatore',        'PIZZA', 'Sauce tomate, fruits de mer, ail, persil, huile d''olive.',                               10.00, 150),
    ('burrata',         'Burrata',          'PIZZA', 'Sauce tomate, tomates cerises, burrata crémeuse, roquette, basilic, huile d''olive.',     10.00, 160),
    ('parma',           'Parma',            'PIZZA', 'Sauce tomate, mozzarella, jambon de Parme, roquette, copeaux de parmesan.',               10.00, 170),
    ('nordique',        'Nordique',         'PIZZA', 'Crème fraîche, mozzarella, saumon fumé, oignons rouges, aneth.',                          10.00, 180),
    -- drinks
    ('coca_cola',       'Coca-Cola 33 cl',          'DRINK', 'Canette 33 cl.',                              10.00, 210),
    ('coca_zero',       'Coca-Cola zéro 33 cl',     'DRINK', 'Canette 33 cl, sans sucres.',                 10.00, 220),
    ('mineral_water',   'Eau minérale 50 cl',       'DRINK', 'Evian, bouteille 50 cl.',                     10.00, 230),
    ('sparkling_water', 'Eau pétillante 50 cl',     'DRINK', 'San Pellegrino, bouteille 50 cl.',            10.00, 240),
    ('orangina',        'Orangina 33 cl',           'DRINK', 'Canette 33 cl.',                              10.00, 250),
    ('iced_tea',        'Thé glacé pêche 33 cl',    'DRINK', 'Canette 33 cl.',                              10.00, 260),
    ('peroni',          'Bière Peroni 33 cl',       'DRINK', 'Bière blonde italienne, bouteille 33 cl, 5,1 % vol.', 20.00, 270),
    ('chianti',         'Chianti DOCG 75 cl',       'DRINK', 'Vin rouge de Toscane, bouteille 75 cl.',      20.00, 280),
    -- desserts
    ('tiramisu',          'Tiramisu',            'DESSERT', 'Mascarpone, biscuits imbibés de café, cacao.',      10.00, 310),
    ('panna_cotta',       'Panna cotta',         'DESSERT', 'Crème vanillée, coulis de fruits rouges.',          10.00, 320),
    ('chocolate_fondant', 'Fondant au chocolat', 'DESSERT', 'Coeur coulant, chocolat noir 70 %.',                10.00, 330),
    ('ice_cream',         'Glace artisanale',    'DESSERT', 'Pot de deux boules : vanille, chocolat ou pistache.', 10.00, 340)
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------- sizes and prices (cents, TTC)

INSERT INTO product_size (product_id, size_code, price_cents)
SELECT (SELECT p.id FROM product p WHERE p.code = v.product_code), sz.size_code,
       CASE sz.size_code WHEN 'S' THEN v.s WHEN 'M' THEN v.m ELSE v.l END
FROM (VALUES
    ('margherita',       900, 1150, 1400),
    ('marinara',         800, 1000, 1250),
    ('reine',           1100, 1400, 1700),
    ('napolitaine',     1100, 1400, 1700),
    ('quatre_fromages', 1250, 1550, 1850),
    ('calzone',         1200, 1500, 1800),
    ('vegetarienne',    1150, 1450, 1750),
    ('diavola',         1150, 1450, 1750),
    ('royale',          1200, 1500, 1800),
    ('savoyarde',       1300, 1600, 1900),
    ('chevre_miel',     1250, 1550, 1850),
    ('orientale',       1250, 1550, 1850),
    ('hawaienne',       1150, 1450, 1750),
    ('capricciosa',     1250, 1550, 1850),
    ('pescatore',       1400, 1750, 2100),
    ('burrata',         1450, 1750, 2100),
    ('parma',           1350, 1650, 1950),
    ('nordique',        1350, 1650, 1950)
) AS v (product_code, s, m, l)
CROSS JOIN (VALUES ('S'), ('M'), ('L')) AS sz (size_code)
ON CONFLICT DO NOTHING;

INSERT INTO product_size (product_id, size_code, price_cents)
SELECT (SELECT p.id FROM product p WHERE p.code = v.product_code), 'U', v.price_cents
FROM (VALUES
    ('coca_cola',          350),
    ('coca_zero',          350),
    ('mineral_water',      300),
    ('sparkling_water',    350),
    ('orangina',           350),
    ('iced_tea',           350),
    ('peroni',             450),
    ('chianti',           2200),
    ('tiramisu',           650),
    ('panna_cotta',        550),
    ('chocolate_fondant',  650),
    ('ice_cream',          500)
) AS v (product_code, price_cents)
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------- recipes: what one portion consumes

-- Pizzas: S 26 cm, M 30 cm, L 34 cm. Quantities in the ingredient's unit (g, ml or piece).
INSERT INTO recipe_item (product_size_id, ingredient_id, quantity)
SELECT (SELECT ps.id FROM product_size ps JOIN product p ON p.id = ps.product_id
         WHERE p.code = v.product_code AND ps.size_code = sz.size_code),
       (SELECT i.id FROM ingredient i WHERE i.code = v.ingredient_code),
       CASE sz.size_code WHEN 'S' THEN v.s WHEN 'M' THEN v.m ELSE v.l END
FROM (VALUES
    ('margherita',      'pizza_dough',     180, 250, 330),
    ('margherita',      'tomato_sauce',     60,  80, 110),
    ('margherita',      'mozzarella',       80, 110, 150),
    ('margherita',      'basil',             3,   4,   6),
    ('margherita',      'olive_oil',         5,   8,  10),

    ('marinara',        'pizza_dough',     180, 250, 330),
    ('marinara',        'tomato_sauce',     70,  95, 125),
    ('marinara',        'garlic',            4,   6,   8),
    ('marinara',        'oregano',           1, 1.5,   2),
    ('marinara',        'olive_oil',         8,  10,  14),

    ('reine',           'pizza_dough',     180, 250, 330),
    ('reine',           'tomato_sauce',     60,  80, 110),
    ('reine',           'mozzarella',       80, 110, 150),
    ('reine',           'ham',              50,  70,  95),
    ('reine',           'mushrooms',        40,  55,  75),

    ('napolitaine',     'pizza_dough',     180, 250, 330),
    ('napolitaine',     'tomato_sauce',     60,  80, 110),
    ('napolitaine',     'mozzarella',       70, 100, 135),
    ('napolitaine',     'anchovies',        15,  20,  28),
    ('napolitaine',     'capers',            6,   8,  11),
    ('napolitaine',     'black_olives',     12,  16,  22),
    ('napolitaine',     'oregano',         0.5,   1, 1.5),

    ('quatre_fromages', 'pizza_dough',     180, 250, 330),
    ('quatre_fromages', 'tomato_sauce',     50,  70,  95),
    ('quatre_fromages', 'mozzarella',       50,  70,  95),
    ('quatre_fromages', 'gorgonzola',       30,  40,  55),
    ('quatre_fromages', 'goat_cheese',      30,  40,  55),
    ('quatre_fromages', 'parmesan',         15,  20,  25),

    ('calzone',         'pizza_dough',     180, 250, 330),
    ('calzone',         'tomato_sauce',     50,  70,  95),
    ('calzone',         'mozzarella',       70, 100, 135),
    ('calzone',         'ricotta',          40,  55,  75),
    ('calzone',         'ham',              50,  70,  95),
    ('calzone',         'mushrooms',        35,  50,  65),

    ('vegetarienne',    'pizza_dough',     180, 250, 330),
    ('vegetarienne',    'tomato_sauce',     60,  80, 110),
    ('vegetarienne',    'mozzarella',       70, 100, 135),
    ('vegetarienne',    'bell_peppers',     30,  40,  55),
    ('vegetarienne',    'mushrooms',        30,  40,  55),
    ('vegetarienne',    'red_onions',       20,  30,  40),
    ('vegetarienne',    'artichokes',       30,  40,  55),
    ('vegetarienne',    'black_olives',     10,  15,  20),

    ('diavola',         'pizza_dough',     180, 250, 330),
    ('diavola',         'tomato_sauce',     60,  80, 110),
    ('diavola',         'mozzarella',       80, 110, 150),
    ('diavola',         'spicy_salami',     40,  55,  75),
    ('diavola',         'chili_oil',         3,   5,   7),

    ('royale',          'pizza_dough',     180, 250, 330),
    ('royale',          'tomato_sauce',     60,  80, 110),
    ('royale',          'mozzarella',       70, 100, 135),
    ('royale',          'ham',              50,  70,  95),
    ('royale',          'mushrooms',        35,  50,  65),
    ('royale',          'egg',               1,   1,   1),
    ('royale',          'black_olives',     10,  15,  20),

    ('savoyarde',       'pizza_dough',     180, 250, 330),
    ('savoyarde',       'creme_fraiche',    50,  70,  90),
    ('savoyarde',       'mozzarella',       50,  70,  95),
    ('savoyarde',       'potatoes',         70, 100, 130),
    ('savoyarde',       'bacon_lardons',    40,  55,  75),
    ('savoyarde',       'reblochon',        50,  70,  95),
    ('savoyarde',       'red_onions',       15,  20,  30),

    ('chevre_miel',     'pizza_dough',     180, 250, 330),
    ('chevre_miel',     'creme_fraiche',    50,  70,  90),
    ('chevre_miel',     'mozzarella',       50,  70,  95),
    ('chevre_miel',     'goat_cheese',      60,  80, 110),
    ('chevre_miel',     'honey',            10,  15,  20),
    ('chevre_miel',     'walnuts',          10,  15,  20),
    ('chevre_miel',     'thyme',           0.5,   1, 1.5),

    ('orientale',       'pizza_dough',     180, 250, 330),
    ('orientale',       'tomato_sauce',     60,  80, 110),
    ('orientale',       'mozzarella',       70, 100, 135),
    ('orientale',       'merguez',          60,  80, 110),
    ('orientale',       'bell_peppers',     30,  40,  55),
    ('orientale',       'red_onions',       20,  30,  40),
    ('orientale',       'egg',               1,   1,   1),

    ('hawaienne',       'pizza_dough',     180, 250, 330),
    ('hawaienne',       'tomato_sauce',     60,  80, 110),
    ('hawaienne',       'mozzarella',       80, 110, 150),
    ('hawaienne',       'ham',              50,  70,  95),
    ('hawaienne',       'pineapple',        50,  70,  95),

    ('capricciosa',     'pizza_dough',     180, 250, 330),
    ('capricciosa',     'tomato_sauce',     60,  80, 110),
    ('capricciosa',     'mozzarella',       70, 100, 135),
    ('capricciosa',     'ham',              40,  55,  75),
    ('capricciosa',     'mushrooms',        30,  40,  55),
    ('capricciosa',     'artichokes',       30,  40,  55),
    ('capricciosa',     'black_olives',     10,  15,  20),

    ('pescatore',       'pizza_dough',     180, 250, 330),
    ('pescatore',       'tomato_sauce',     70,  90, 120),
    ('pescatore',       'seafood_mix',      80, 110, 150),
    ('pescatore',       'garlic',            4,   6,   8),
    ('pescatore',       'parsley',           3,   4,   6),
    ('pescatore',       'olive_oil',         5,   8,  10),

    ('burrata',         'pizza_dough',     180, 250, 330),
    ('burrata',         'tomato_sauce',     60,  80, 110),
    ('burrata',         'cherry_tomatoes',  40,  55,  75),
    ('burrata',         'burrata',         100, 125, 175),
    ('burrata',         'arugula',          10,  15,  20),
    ('burrata',         'basil',             2,   3,   4),
    ('burrata',         'olive_oil',         5,   8,  10),

    ('parma',           'pizza_dough',     180, 250, 330),
    ('parma',           'tomato_sauce',     60,  80, 110),
    ('parma',           'mozzarella',       70, 100, 135),
    ('parma',           'prosciutto',       40,  55,  75),
    ('parma',           'arugula',          10,  15,  20),
    ('parma',           'parmesan',         10,  15,  20),

    ('nordique',        'pizza_dough',     180, 250, 330),
    ('nordique',        'creme_fraiche',    50,  70,  90),
    ('nordique',        'mozzarella',       60,  85, 115),
    ('nordique',        'smoked_salmon',    50,  70,  95),
    ('nordique',        'red_onions',       15,  20,  30),
    ('nordique',        'dill',              1, 1.5,   2)
) AS v (product_code, ingredient_code, s, m, l)
CROSS JOIN (VALUES ('S'), ('M'), ('L')) AS sz (size_code)
ON CONFLICT DO NOTHING;

-- Drinks and desserts: one 'U' portion is one piece of its own ingredient.
INSERT INTO recipe_item (product_size_id, ingredient_id, quantity)
SELECT (SELECT ps.id FROM product_size ps JOIN product p ON p.id = ps.product_id
         WHERE p.code = v.product_code AND ps.size_code = 'U'),
       (SELECT i.id FROM ingredient i WHERE i.code = v.ingredient_code),
       1
FROM (VALUES
    ('coca_cola',         'coca_cola_33cl'),
    ('coca_zero',         'coca_zero_33cl'),
    ('mineral_water',     'mineral_water_50cl'),
    ('sparkling_water',   'sparkling_water_50cl'),
    ('orangina',          'orangina_33cl'),
    ('iced_tea',          'iced_tea_33cl'),
    ('peroni',            'peroni_33cl'),
    ('chianti',           'chianti_75cl'),
    ('tiramisu',          'tiramisu_portion'),
    ('panna_cotta',       'panna_cotta_portion'),
    ('chocolate_fondant', 'chocolate_fondant_portion'),
    ('ice_cream',         'ice_cream_portion')
) AS v (product_code, ingredient_code)
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------- preparation steps

INSERT INTO recipe_step (product_id, step_no, instruction)
SELECT (SELECT p.id FROM product p WHERE p.code = v.product_code), v.step_no, v.instruction
FROM (VALUES
    ('margherita', 1, 'Étaler la pâte à la main : 26 cm (S), 30 cm (M) ou 34 cm (L), en gardant un bord épais.'),
    ('margherita', 2, 'Napper de sauce tomate en spirale, sans toucher le bord.'),
    ('margherita', 3, 'Répartir la mozzarella égouttée, déchirée en morceaux.'),
    ('margherita', 4, 'Cuire 90 s à 450 °C en tournant la pizza à mi-cuisson.'),
    ('margherita', 5, 'À la sortie du four, ajouter le basilic frais et un filet d''huile d''olive.'),

    ('marinara', 1, 'Étaler la pâte à 26, 30 ou 34 cm selon la taille (S, M, L).'),
    ('marinara', 2, 'Napper généreusement de sauce tomate.'),
    ('marinara', 3, 'Parsemer d''ail émincé finement et d''origan.'),
    ('marinara', 4, 'Arroser d''un filet d''huile d''olive.'),
    ('marinara', 5, 'Cuire 90 s à 450 °C, jusqu''à ce que le bord soit bien doré.'),

    ('reine', 1, 'Étaler la pâte à 26, 30 ou 34 cm selon la taille (S, M, L).'),
    ('reine', 2, 'Napper de sauce tomate et répartir la mozzarella.'),
    ('reine', 3, 'Disposer le jambon en lanières et les champignons émincés.'),
    ('reine', 4, 'Cuire 90 s à 450 °C en tournant la pizza à mi-cuisson.'),

    ('napolitaine', 1, 'Étaler la pâte à 26, 30 ou 34 cm selon la taille (S, M, L).'),
    ('napolitaine', 2, 'Napper de sauce tomate et répartir la mozzarella.'),
    ('napolitaine', 3, 'Disposer les filets d''anchois en étoile, puis les câpres et les olives.'),
    ('napolitaine', 4, 'Parsemer d''origan.'),
    ('napolitaine', 5, 'Cuire 90 s à 450 °C en tournant la pizza à mi-cuisson.'),

    ('quatre_fromages', 1, 'Étaler la pâte à 26, 30 ou 34 cm selon la taille (S, M, L).'),
    ('quatre_fromages', 2, 'Napper d''une fine couche de sauce tomate.'),
    ('quatre_fromages', 3, 'Répartir la mozzarella, le gorgonzola en dés et le chèvre en rondelles.'),
    ('quatre_fromages', 4, 'Cuire 90 s à 450 °C, en surveillant que les fromages ne brûlent pas.'),
    ('quatre_fromages', 5, 'À la sortie du four, râper le parmesan sur toute la pizza.'),

    ('calzone', 1, 'Étaler la pâte à 26, 30 ou 34 cm selon la taille (S, M, L).'),
    ('calzone', 2, 'Sur une moitié seulement, étaler un peu de sauce tomate, la ricotta et la mozzarella.'),
    ('calzone', 3, 'Ajouter le jambon et les champignons sur la même moitié.'),
    ('calzone', 4, 'Replier la pâte en chausson et souder le bord en le pinçant.'),
    ('calzone', 5, 'Napper le dessus d''un trait de sauce tomate et percer un petit trou.'),
    ('calzone', 6, 'Cuire 2 min à 430 °C, plus à l''entrée du four pour que le coeur cuise.'),

    ('vegetarienne', 1, 'Étaler la pâte à 26, 30 ou 34 cm selon la taille (S, M, L).'),
    ('vegetarienne', 2, 'Napper de sauce tomate et répartir la mozzarella.'),
    ('vegetarienne', 3, 'Disposer les poivrons en lanières, les champignons et les oignons rouges émincés.'),
    ('vegetarienne', 4, 'Ajouter les artichauts en quartiers et les olives.'),
    ('vegetarienne', 5, 'Cuire 100 s à 450 °C, les légumes doivent être fondants.'),

    ('diavola', 1, 'Étaler la pâte à 26, 30 ou 34 cm selon la taille (S, M, L).'),
    ('diavola', 2, 'Napper de sauce tomate et répartir la mozzarella.'),
    ('diavola', 3, 'Disposer les tranches de salame piccante sans les superposer.'),
    ('diavola', 4, 'Cuire 90 s à 450 °C en tournant la pizza à mi-cuisson.'),
    ('diavola', 5, 'Arroser d''huile pimentée à la sortie du four.'),

    ('royale', 1, 'Étaler la pâte à 26, 30 ou 34 cm selon la taille (S, M, L).'),
    ('royale', 2, 'Napper de sauce tomate et répartir la mozzarella.'),
    ('royale', 3, 'Disposer le jambon, les champignons et les olives en laissant un creux au centre.'),
    ('royale', 4, 'Casser l''oeuf au centre de la pizza.'),
    ('royale', 5, 'Cuire 100 s à 450 °C : le blanc doit être pris, le jaune encore coulant.'),

    ('savoyarde', 1, 'Étaler la pâte à 26, 30 ou 34 cm selon la taille (S, M, L).'),
    ('savoyarde', 2, 'Napper de crème fraîche et répartir la mozzarella.'),
    ('savoyarde', 3, 'Disposer les pommes de terre précuites en rondelles, les lardons et les oignons.'),
    ('savoyarde', 4, 'Couvrir de tranches de reblochon, croûte vers le haut.'),
    ('savoyarde', 5, 'Cuire 2 min à 430 °C, jusqu''à ce que le reblochon soit fondu et doré.'),

    ('chevre_miel', 1, 'Étaler la pâte à 26, 30 ou 34 cm selon la taille (S, M, L).'),
    ('chevre_miel', 2, 'Napper de crème fraîche et répartir la mozzarella.'),
    ('chevre_miel', 3, 'Disposer les rondelles de chèvre et parsemer de thym.'),
    ('chevre_miel', 4, 'Cuire 90 s à 450 °C.'),
    ('chevre_miel', 5, 'À la sortie du four, arroser de miel en filet et parsemer de noix concassées.'),

    ('orientale', 1, 'Étaler la pâte à 26, 30 ou 34 cm selon la taille (S, M, L).'),
    ('orientale', 2, 'Napper de sauce tomate et répartir la mozzarella.'),
    ('orientale', 3, 'Disposer les merguez en rondelles, les poivrons et les oignons rouges.'),
    ('orientale', 4, 'Casser l''oeuf au centre de la pizza.'),
    ('orientale', 5, 'Cuire 100 s à 450 °C : la merguez doit être bien grillée.'),

    ('hawaienne', 1, 'Étaler la pâte à 26, 30 ou 34 cm selon la taille (S, M, L).'),
    ('hawaienne', 2, 'Napper de sauce tomate et répartir la mozzarella.'),
    ('hawaienne', 3, 'Disposer le jambon et les morceaux d''ananas bien égouttés.'),
    ('hawaienne', 4, 'Cuire 90 s à 450 °C en tournant la pizza à mi-cuisson.'),

    ('capricciosa', 1, 'Étaler la pâte à 26, 30 ou 34 cm selon la taille (S, M, L).'),
    ('capricciosa', 2, 'Napper de sauce tomate et répartir la mozzarella.'),
    ('capricciosa', 3, 'Disposer le jambon, les champignons, les artichauts et les olives par quartiers.'),
    ('capricciosa', 4, 'Cuire 90 s à 450 °C en tournant la pizza à mi-cuisson.'),

    ('pescatore', 1, 'Étaler la pâte à 26, 30 ou 34 cm selon la taille (S, M, L).'),
    ('pescatore', 2, 'Napper de sauce tomate et parsemer d''ail émincé.'),
    ('pescatore', 3, 'Répartir les fruits de mer décongelés et bien égouttés.'),
    ('pescatore', 4, 'Cuire 100 s à 450 °C.'),
    ('pescatore', 5, 'Parsemer de persil ciselé et arroser d''un filet d''huile d''olive.'),

    ('burrata', 1, 'Étaler la pâte à 26, 30 ou 34 cm selon la taille (S, M, L).'),
    ('burrata', 2, 'Napper de sauce tomate et disposer les tomates cerises coupées en deux.'),
    ('burrata', 3, 'Cuire 90 s à 450 °C.'),
    ('burrata', 4, 'À la sortie du four, garnir de roquette et poser la burrata ouverte au centre.'),
    ('burrata', 5, 'Finir avec le basilic frais et un filet d''huile d''olive.'),

    ('parma', 1, 'Étaler la pâte à 26, 30 ou 34 cm selon la taille (S, M, L).'),
    ('parma', 2, 'Napper de sauce tomate et répartir la mozzarella.'),
    ('parma', 3, 'Cuire 90 s à 450 °C.'),
    ('parma', 4, 'À la sortie du four, disposer le jambon de Parme et la roquette.'),
    ('parma', 5, 'Finir avec des copeaux de parmesan.'),

    ('nordique', 1, 'Étaler la pâte à 26, 30 ou 34 cm selon la taille (S, M, L).'),
    ('nordique', 2, 'Napper de crème fraîche, répartir la mozzarella et les oignons rouges.'),
    ('nordique', 3, 'Cuire 90 s à 450 °C.'),
    ('nordique', 4, 'À la sortie du four, disposer le saumon fumé en roses.'),
    ('nordique', 5, 'Parsemer d''aneth ciselé.'),

    ('coca_cola',       1, 'Servir frais, avec un verre si le client mange sur place.'),
    ('coca_zero',       1, 'Servir frais, avec un verre si le client mange sur place.'),
    ('mineral_water',   1, 'Servir frais.'),
    ('sparkling_water', 1, 'Servir frais.'),
    ('orangina',        1, 'Servir frais.'),
    ('iced_tea',        1, 'Servir frais.'),
    ('peroni',          1, 'Vérifier l''âge du client (vente d''alcool interdite aux mineurs).'),
    ('peroni',          2, 'Servir frais, décapsuler au moment de servir.'),
    ('chianti',         1, 'Vérifier l''âge du client (vente d''alcool interdite aux mineurs).'),
    ('chianti',         2, 'Servir à température ambiante, déboucher à table si le client mange sur place.'),
    ('tiramisu',        1, 'Sortir du réfrigérateur au moment de servir.'),
    ('tiramisu',        2, 'Saupoudrer de cacao.'),
    ('panna_cotta',     1, 'Sortir du réfrigérateur et napper de coulis de fruits rouges.'),
    ('chocolate_fondant', 1, 'Réchauffer 20 s au micro-ondes ou 2 min au four pour un coeur coulant.'),
    ('chocolate_fondant', 2, 'Servir tiède.'),
    ('ice_cream',       1, 'Sortir du congélateur au moment de servir, avec une cuillère.')
) AS v (product_code, step_no, instruction)
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------- extra toppings

INSERT INTO extra_topping (ingredient_id, size_code, quantity, price_cents)
SELECT (SELECT i.id FROM ingredient i WHERE i.code = v.ingredient_code), sz.size_code,
       CASE sz.size_code WHEN 'S' THEN v.qs WHEN 'M' THEN v.qm ELSE v.ql END,
       CASE sz.size_code WHEN 'S' THEN v.ps WHEN 'M' THEN v.pm ELSE v.pl END
FROM (VALUES
    -- ingredient,    S qty, M qty, L qty, S price, M price, L price
    ('mozzarella',       40,    55,    75,   150,   200,   250),
    ('ham',              30,    40,    55,   150,   200,   250),
    ('mushrooms',        30,    40,    55,   100,   150,   200),
    ('black_olives',     10,    15,    20,   100,   150,   200),
    ('egg',               1,     1,     1,   100,   100,   150),
    ('chorizo',          30,    40,    55,   150,   200,   250),
    ('goat_cheese',      30,    40,    55,   150,   200,   250),
    ('anchovies',        10,    15,    20,   150,   200,   250),
    ('bell_peppers',     25,    35,    45,   100,   150,   200),
    ('red_onions',       20,    30,    40,   100,   150,   200)
) AS v (ingredient_code, qs, qm, ql, ps, pm, pl)
CROSS JOIN (VALUES ('S'), ('M'), ('L')) AS sz (size_code)
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------- opening stock

-- Usual level per ingredient, scaled a little per store, rounded to 10 g/ml or to packs of 6 pieces.
-- Thresholds (about 15-20 % of the usual level) are the same in every store.
-- Two deliberate exceptions: Batignolles (3) is LOW on ham, Marais (5) is OUT of burrata.
-- Stock movements are written only for stock rows inserted by this run, so a second run adds none.
WITH level (ingredient_code, usual, low_threshold) AS (VALUES
    ('pizza_dough',          30000, 5000),
    ('tomato_sauce',         20000, 3500),
    ('creme_fraiche',         5000,  900),
    ('olive_oil',             5000, 1000),
    ('chili_oil',             1000,  150),
    ('mozzarella',           20000, 3500),
    ('burrata',               2500,  400),
    ('gorgonzola',            2000,  350),
    ('goat_cheese',           3000,  500),
    ('parmesan',              1500,  250),
    ('ricotta',               2000,  350),
    ('reblochon',             3000,  500),
    ('ham',                   6000, 1000),
    ('prosciutto',            2500,  400),
    ('spicy_salami',          3000,  500),
    ('chorizo',               2500,  400),
    ('merguez',               3000,  500),
    ('bacon_lardons',         3000,  500),
    ('anchovies',             1500,  250),
    ('seafood_mix',           3000,  500),
    ('smoked_salmon',         2500,  400),
    ('egg',                    120,   24),
    ('mushrooms',             5000,  900),
    ('black_olives',          2000,  350),
    ('capers',                 800,  150),
    ('bell_peppers',          3000,  500),
    ('red_onions',            3000,  500),
    ('artichokes',            2500,  400),
    ('potatoes',              5000,  900),
    ('cherry_tomatoes',       2500,  400),
    ('arugula',               1000,  150),
    ('pineapple',             2500,  400),
    ('walnuts',               1000,  150),
    ('honey',                 1000,  150),
    ('garlic',                1000,  200),
    ('basil',                  500,  100),
    ('oregano',                300,   50),
    ('thyme',                  200,   30),
    ('parsley',                400,   60),
    ('dill',                   200,   30),
    ('coca_cola_33cl',          96,   18),
    ('coca_zero_33cl',          72,   12),
    ('mineral_water_50cl',      96,   18),
    ('sparkling_water_50cl',    48,    8),
    ('orangina_33cl',           48,    8),
    ('iced_tea_33cl',           48,    8),
    ('peroni_33cl',             72,   12),
    ('chianti_75cl',            24,    4),
    ('tiramisu_portion',        30,    5),
    ('panna_cotta_portion',     30,    5),
    ('chocolate_fondant_portion', 30,  5),
    ('ice_cream_portion',       40,    6)
),
store_factor (store_id, factor) AS (VALUES
    (1, 1.00), (2, 0.90), (3, 1.10), (4, 0.80), (5, 1.20)
),
exception (store_id, ingredient_code, quantity) AS (VALUES
    (3, 'ham',     800),   -- Batignolles: under its 1000 g threshold, LOW
    (5, 'burrata',   0)    -- Marais: none at all, the Burrata pizza cannot be made there
),
ins AS (
    INSERT INTO stock (store_id, ingredient_id, quantity, low_threshold)
    SELECT f.store_id, i.id,
           COALESCE(e.quantity,
                    CASE WHEN i.unit = 'piece' THEN round(l.usual * f.factor / 6) * 6
                         ELSE round(l.usual * f.factor / 10) * 10 END),
           l.low_threshold
    FROM store_factor f
    JOIN store s ON s.id = f.store_id
    CROSS JOIN level l
    JOIN ingredient i ON i.code = l.ingredient_code
    LEFT JOIN exception e ON e.store_id = f.store_id AND e.ingredient_code = l.ingredient_code
    ON CONFLICT DO NOTHING
    RETURNING store_id, ingredient_id, quantity
)
-- Dated now, or at the moment the caller set in ocpizza.demo_opening_at (the demo history's first
-- morning, so that the ledger reads in time order when eight weeks of history follow).
INSERT INTO stock_movement (store_id, ingredient_id, kind, quantity_delta, quantity_after, reason, created_at)
SELECT store_id, ingredient_id, 'INITIAL', quantity, quantity, 'Stock initial de démonstration',
       COALESCE(CAST(NULLIF(current_setting('ocpizza.demo_opening_at', true), '') AS timestamptz), now())
FROM ins
WHERE quantity > 0;
