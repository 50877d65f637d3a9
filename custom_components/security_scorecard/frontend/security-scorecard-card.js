import{i as e,C as t,S as s,s as a,c as r,D as c,E as n,a as i,v as o,o as d,l,b as h,d as p,e as u,A as g,g as m,f as $,h as v,t as k,j as y,k as f,_ as b,r as w,m as C,n as x,p as S,q as _,u as R}from"./security-scorecard-shell-BAurSAdO.js";S(import.meta.url);const T="https://github.com/ha-security-scorecard/ha-security-scorecard#the-card";class A extends e{constructor(){super(...arguments),this.wantedLanguage="en",this.language="en",this.config={type:t},this.openCategories=new Set,this.openChecks=new Set,this.tick=0,this.controller=new s(()=>{this.tick+=1},A.deps),this.decide=(e,t)=>this.controller.decide(e,t),this.onCheckToggle=e=>{const t=e.detail;if(void 0===t.id)return;const s=new Set(this.openChecks);t.open?s.add(t.id):s.delete(t.id),this.openChecks=s}}static{this.styles=[a,r]}static{this.deps=c}static getStubConfig(){return{type:t}}static async getConfigElement(){return await(import("./security-scorecard-editor-D_eyIh6M.js")),document.createElement(n)}static getConfigForm(){return i()}setConfig(e){this.config=o(e),this.controller.setOverrides(d(this.config.accepted))}getCardSize(){return this.config.compact?5:9}getGridOptions(){return{columns:12,min_columns:6,rows:"auto"}}connectedCallback(){super.connectedCallback(),this.controller.connect()}disconnectedCallback(){super.disconnectedCallback(),this.controller.disconnect()}set hass(e){if(this._hass=e,void 0===e)return;const t=l(e);t!==this.wantedLanguage&&(this.wantedLanguage=t,h(t).then(e=>{this.wantedLanguage===t&&(this.language=e)})),this.controller.setHass(e)}get hass(){return this._hass}render(){const e=p(this.language),t=this.controller.state;return u`
      <ha-card class=${this.config.compact?"compact":""}>
        <h2>${this.config.title??e("card.name")}</h2>
        ${this.renderState(t,e)}
      </ha-card>
    `}renderState(e,t){switch(e.kind){case"loading":return u`<div class="skeleton" role="status" aria-busy="true">
          <span class="sr-only">${t("state.loading")}</span>
          <div class="bar big"></div>
          <div class="bar"></div>
          <div class="bar"></div>
          <div class="bar"></div>
          <div class="bar"></div>
        </div>`;case"not_admin":return u`<div class="not-admin">
          <h3>${t("state.not_admin.title")}</h3>
          <p class="muted">${t("state.not_admin.text")}</p>
        </div>`;case"error":return u`<p class="notice error" role="alert">${t("state.error",{message:e.message})}</p>
          <button class="retry" @click=${()=>this.controller.retry()}>${t("state.retry")}</button>`;case"ready":return this.renderScorecard(e,t)}}renderScorecard(e,t){const s=e.scorecard,a=this.language;return u`
      ${this.renderHeader(s,t,a)}
      ${e.stale?u`<p class="notice stale" role="status">${t("state.stale",{time:F(s.evaluatedAt,a)})}</p>`:g}
      ${e.backendAbsent>0?u`<p class="notice backend">${t("state.backend_absent",{count:e.backendAbsent})}</p>`:g}
      ${this.renderFixNext(s,t,a)} ${this.config.compact?g:this.renderTrend(s,t,a)} ${this.renderCategories(e,t,a)}
    `}renderHeader(e,t,s){const a="V"===e.grade||null!==e.capReason||e.grade.startsWith("F")||e.grade.startsWith("D");return u`
      <div class="header">
        ${m(e.score,t("header.score"))}
        <div class="grade ${a?"bad":""}" aria-label=${t("header.grade")}>${e.grade}</div>
        <div class="meta">
          ${null===e.score?u`<span class="muted">${t("header.no_score")}</span>`:g}
          <span class="coverage">${t("header.coverage",{percent:Math.round(100*e.coverage.ratio)})}</span>
          <span class="muted evaluated">${t("header.evaluated",{time:F(e.evaluatedAt,s)})}</span>
        </div>
      </div>
      ${"V"===e.grade?u`<p class="vulnerable">${t("header.vulnerable",{grade:e.uncappedGrade})}</p>`:g}
      ${e.advisories.length>0?u`<ul class="advisories">
            ${e.advisories.map(e=>u`<li>
                  <a href=${e.url} target="_blank" rel="noopener noreferrer">${t("header.advisory",{id:e.id,summary:e.summary})}</a>
                </li>`)}
          </ul>`:g}
      ${null!==e.capReason?u`<p class="cap-reason muted">${$(s).message(e.capReason)}</p>`:g}
    `}renderFixNext(e,t,s){const a=$(s),r=v(this.config),c=e.fixNext.filter(e=>r.has(e.check.category)).slice(0,this.config.compact?3:5);return u`
      <h3>${t("fix_next.title")}</h3>
      ${0===c.length?u`<p class="muted fix-next-none">${t("fix_next.none")}</p>`:u`<ol class="fix-next">
            ${c.map(e=>{return u`<li data-check=${e.check.id}>
                  <button class="jump" @click=${()=>this.reveal(e.check.id,e.check.category)}>${a.heading(e.check,e.status)}</button
                  ><span class="points">${t("fix_next.points",{points:(s=e.recoverable,s>=10?Math.round(s):Math.round(10*s)/10)})}</span>
                </li>`;var s})}
          </ol>`}
    `}renderTrend(e,t,s){const a=new Map(e.categories.flatMap(e=>e.checks.map(e=>[e.check.id,e.check])));return k({trend:this.controller.trend,checks:a,t:t,texts:$(s),formatTime:e=>F(e,s)})}renderCategories(e,t,s){const a=v(this.config),r=!0===this.config.hide_passed;return u`${y(e.scorecard.categories.filter(e=>a.has(e.id)),e=>e.id,a=>{const c=this.openCategories.has(a.id),n=$(s).category(a.id),i=`cat-${a.id}`,o=a.checks.filter(e=>!(r&&"pass"===e.status)),d=_(a);return u`<section class="category" data-category=${a.id}>
          <button aria-expanded=${c?"true":"false"} aria-controls=${i} @click=${()=>this.toggleCategory(a.id)}>
            <span class="cat-title">${n}</span>
            ${R(d,t("category.share",{percent:d??0}))}
            <span class="counts muted">${t("category.counts",{pass:a.counts.pass,fail:a.counts.fail,warn:a.counts.warn})}</span>
            <span class="chevron" aria-hidden="true">›</span>
          </button>
          <ul class="checks" id=${i} ?hidden=${!c}>
            ${c?y(o,e=>e.check.id,t=>u`<li>
                    <security-scorecard-check
                      .view=${e.views.get(t.check.id)}
                      .language=${s}
                      .open=${this.openChecks.has(t.check.id)}
                      .compact=${!0===this.config.compact}
                      .decide=${this.controller.decisions.editable?this.decide:void 0}
                      .pendingImport=${this.controller.decisions.importable(t.check.id)}
                      @check-toggle=${this.onCheckToggle}
                    ></security-scorecard-check>
                  </li>`):g}
          </ul>
        </section>`})}`}toggleCategory(e){const t=new Set(this.openCategories);t.has(e)?t.delete(e):t.add(e),this.openCategories=t}async reveal(e,t){this.openCategories=new Set(this.openCategories).add(t),this.openChecks=new Set(this.openChecks).add(e),await this.updateComplete;const s=this.renderRoot.querySelector(`${f}[data-check="${e}"]`);null!==s&&(await s.updateComplete,s.scrollIntoView?.({block:"nearest"}),s.shadowRoot?.querySelector("button.row")?.focus())}}function F(e,t){try{return new Intl.DateTimeFormat(t,{dateStyle:"short",timeStyle:"short"}).format(new Date(e))}catch{return e}}b([w()],A.prototype,"language",void 0),b([w()],A.prototype,"config",void 0),b([w()],A.prototype,"openCategories",void 0),b([w()],A.prototype,"openChecks",void 0),b([w()],A.prototype,"tick",void 0),C(x,A);const H={type:x,name:"Security Scorecard",description:"How exposed your Home Assistant is: a 0–100 score, a grade and every check behind it.",preview:!0,documentationURL:T};window.customCards=window.customCards??[],window.customCards.some(e=>e.type===x)||window.customCards.push(H);export{x as CARD_TAG,T as DOCUMENTATION_URL,A as SecurityScorecardCard};
