function doSearch(){alert('搜索服务升级中');}
function gdAlert(m){alert(m);}
function downloadFile(id){window.location.href='javascript:void(0)';}
