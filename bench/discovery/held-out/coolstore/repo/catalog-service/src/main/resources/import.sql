INSERT INTO product (itemId, name, description, price) VALUES ('329299', 'Tidewater Fleece', 'Midweight quarter-zip fleece with embroidered logo', 34.00);
INSERT INTO product (itemId, name, description, price) VALUES ('329199', 'Harbor Water Bottle', 'Insulated stainless steel bottle, 750 ml', 18.50);
INSERT INTO product (itemId, name, description, price) VALUES ('165613', 'Deckhand Beanie', 'Ribbed knit beanie, one size', 12.00);
INSERT INTO product (itemId, name, description, price) VALUES ('165614', 'Lighthouse Mug', 'Ceramic mug, 350 ml, dishwasher safe', 9.00);
INSERT INTO product (itemId, name, description, price) VALUES ('165954', 'Storm Shell Jacket', 'Waterproof breathable shell', 129.00);
INSERT INTO product (itemId, name, description, price) VALUES ('444434', 'Dry Bag 20L', 'Roll-top dry bag for kayaking', 24.00);
INSERT INTO product (itemId, name, description, price) VALUES ('444435', 'Tide Chart Poster', 'Printed tide chart, A2', 7.50);
INSERT INTO product (itemId, name, description, price) VALUES ('444436', 'Canvas Tote', 'Heavy canvas tote with rope handles', 15.00);
