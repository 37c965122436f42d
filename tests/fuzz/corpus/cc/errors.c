int x = ;
void f( { }
