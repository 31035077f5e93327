function WebForm_PostBackOptions(){}
function WebForm_DoPostBackWithOptions(o){}
