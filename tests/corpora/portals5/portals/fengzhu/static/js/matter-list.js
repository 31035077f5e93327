/* fengzhu: 办事指南 list page. The page body is empty; everything below comes from the API. */
(function () {
    var API = '/api';
    var GUIDE = '/zwfw/matter/guide.html?matterId=';
    var state = { deptId: '', pageNo: 1, pageSize: 4, total: 0 };

    function param(name) {
        var m = new RegExp('[?&]' + name + '=([^&#]*)').exec(window.location.search);
        return m ? decodeURIComponent(m[1]) : '';
    }

    function getJSON(url) {
        return fetch(url, { headers: { 'X-Requested-With': 'XMLHttpRequest' } })
            .then(function (resp) { return resp.json(); });
    }

    function renderDepts(depts) {
        var box = document.getElementById('deptList');
        var html = '';
        depts.forEach(function (d) {
            html += '<a href="javascript:;" class="dept' + (d.deptId === state.deptId ? ' on' : '') +
                '" data-dept="' + d.deptId + '">' + d.deptName + '<em>' + d.matterCount + '</em></a>';
        });
        box.innerHTML = html;
        Array.prototype.forEach.call(box.querySelectorAll('a[data-dept]'), function (a) {
            a.addEventListener('click', function () {
                state.deptId = a.getAttribute('data-dept');
                renderDepts(depts);
                loadPage(1);
            });
        });
    }

    function renderList(page) {
        var html = '';
        page.records.forEach(function (m) {
            html += '<li><a href="' + GUIDE + m.matterId + '" target="_blank">' + m.matterName + '</a>' +
                '<span class="tag">' + m.handleType + '</span><span class="dept">' + m.deptName + '</span></li>';
        });
        document.getElementById('list').innerHTML = html || '<li class="empty">暂无数据</li>';
        var pages = Math.max(1, Math.ceil(page.total / state.pageSize));
        document.getElementById('pageInfo').innerHTML =
            '共 ' + page.total + ' 条 第 ' + state.pageNo + '/' + pages + ' 页';
        document.getElementById('btnNext').disabled = state.pageNo >= pages;
        document.getElementById('btnPrev').disabled = state.pageNo <= 1;
    }

    function loadPage(no) {
        var url = API + '/matter/list?pageNo=' + no + '&pageSize=' + state.pageSize +
            '&deptId=' + encodeURIComponent(state.deptId);
        getJSON(url).then(function (res) {
            if (res.code !== '0000') {
                document.getElementById('list').innerHTML = '<li class="empty">' + res.msg + '</li>';
                return;
            }
            state.pageNo = res.data.pageNo;
            state.total = res.data.total;
            renderList(res.data);
        });
    }

    document.getElementById('btnNext').addEventListener('click', function () {
        if (state.pageNo * state.pageSize < state.total) {
            loadPage(state.pageNo + 1);
        }
    });
    document.getElementById('btnPrev').addEventListener('click', function () {
        if (state.pageNo > 1) {
            loadPage(state.pageNo - 1);
        }
    });

    getJSON(API + '/dept/list').then(function (res) {
        var depts = res.data || [];
        state.deptId = param('deptId') || (depts.length ? depts[0].deptId : '');
        renderDepts(depts);
        loadPage(1);
    });
})();
