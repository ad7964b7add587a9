CREATE DATABASE vectorpad_test
  WITH OWNER vectorpad
  ENCODING 'UTF8'
  LC_COLLATE 'en_US.utf8'
  LC_CTYPE 'en_US.utf8'
  TEMPLATE template0;
