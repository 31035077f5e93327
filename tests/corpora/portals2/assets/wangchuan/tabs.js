function initTabs(sel){var ul=document.querySelector(sel);if(!ul)return;
ul.addEventListener('click',function(e){var li=e.target.closest('li');if(!li)return;
ul.querySelectorAll('li').forEach(function(x){x.classList.remove('active');});li.classList.add('active');
document.querySelectorAll('.tab-pane').forEach(function(p){p.classList.toggle('active',p.id===li.dataset.target);});});}
function addFav(code){alert('请先登录');}
function loadEvaluate(code){}
function toggleElder(){document.body.classList.toggle('elder');}
