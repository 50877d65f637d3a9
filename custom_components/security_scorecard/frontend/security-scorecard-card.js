import{i as e,C as t,S as s,s as a,c as r,D as c,E as i,a as n,v as o,o as d,l,b as h,d as u,e as p,A as g,f as $,g as m,h as v,j as k,_ as y,r as b,k as f,m as C,n as w}from"./security-scorecard-shell-x2fpI6tC.js";w(import.meta.url);const x="https://github.com/ha-security-scorecard/ha-security-scorecard#the-card";class S extends e{constructor(){super(...arguments),this.wantedLanguage="en",this.language="en",this.config={type:t},this.openCategories=new Set,this.openChecks=new Set,this.tick=0,this.controller=new s(()=>{this.tick+=1},S.deps),this.decide=(e,t)=>this.controller.decide(e,t),this.onCheckToggle=e=>{const t=e.detail;if(void 0===t.id)return;const s=new Set(this.openChecks);t.open?s.add(t.id):s.delete(t.id),this.openChecks=s}}static{this.styles=[a,r]}static{this.deps=c}static getStubConfig(){return{type:t}}static async getConfigElement(){return await(import("./security-scorecard-editor-mXoqyNNv.js")),document.createElement(i)}static getConfigForm(){return n()}setConfig(e){this.config=o(e),this.controller.setOverrides(d(this.config.accepted))}getCardSize(){return this.config.compact?5:9}getGridOptions(){return{columns:12,min_columns:6,rows:"auto"}}connectedCallback(){super.connectedCallback(),this.controller.connect()}disconnectedCallback(){super.disconnectedCallback(),this.controller.disconnect()}set hass(e){if(this._hass=e,void 0===e)return;const t=l(e);t!==this.wantedLanguage&&(this.wantedLanguage=t,h(t).then(e=>{this.wantedLanguage===t&&(this.language=e)})),this.controller.setHass(e)}get hass(){return this._hass}render(){const e=u(this.language),t=this.controller.state;return p`
      <ha-card class=${this.config.compact?"compact":""}>
        <h2>${this.config.title??e("card.name")}</h2>
        ${this.renderState(t,e)}
      </ha-card>
    `}renderState(e,t){switch(e.kind){case"loading":return p`<div class="skeleton" role="status" aria-busy="true">
          <span class="sr-only">${t("state.loading")}</span>
          <div class="bar big"></div>
          <div class="bar"></div>
          <div class="bar"></div>
          <div class="bar"></div>
          <div class="bar"></div>
        </div>`;case"not_admin":return p`<div class="not-admin">
          <h3>${t("state.not_admin.title")}</h3>
          <p class="muted">${t("state.not_admin.text")}</p>
        </div>`;case"error":return p`<p class="notice error" role="alert">${t("state.error",{message:e.message})}</p>
          <button class="retry" @click=${()=>this.controller.retry()}>${t("state.retry")}</button>`;case"ready":return this.renderScorecard(e,t)}}renderScorecard(e,t){const s=e.scorecard,a=this.language;return p`
      ${this.renderHeader(s,t,a)}
      ${e.stale?p`<p class="notice stale" role="status">${t("state.stale",{time:_(s.evaluatedAt,a)})}</p>`:g}
      ${e.backendAbsent>0?p`<p class="notice backend">${t("state.backend_absent",{count:e.backendAbsent})}</p>`:g}
      ${this.renderFixNext(s,t,a)} ${this.renderCategories(e,t,a)}
    `}renderHeader(e,t,s){const a="V"===e.grade||null!==e.capReason||e.grade.startsWith("F")||e.grade.startsWith("D");return p`
      <div class="header">
        <div class="score" aria-label=${t("header.score")}>${e.score??"–"}</div>
        <div class="grade ${a?"bad":""}" aria-label=${t("header.grade")}>${e.grade}</div>
        <div class="meta">
          ${null===e.score?p`<span class="muted">${t("header.no_score")}</span>`:g}
          <span class="coverage">${t("header.coverage",{percent:Math.round(100*e.coverage.ratio)})}</span>
          <span class="muted evaluated">${t("header.evaluated",{time:_(e.evaluatedAt,s)})}</span>
        </div>
      </div>
      ${"V"===e.grade?p`<p class="vulnerable">${t("header.vulnerable",{grade:e.uncappedGrade})}</p>`:g}
      ${e.advisories.length>0?p`<ul class="advisories">
            ${e.advisories.map(e=>p`<li>
                  <a href=${e.url} target="_blank" rel="noopener noreferrer">${t("header.advisory",{id:e.id,summary:e.summary})}</a>
                </li>`)}
          </ul>`:g}
      ${null!==e.capReason?p`<p class="cap-reason muted">${e.capReason}</p>`:g}
    `}renderFixNext(e,t,s){const a=$(s),r=m(this.config),c=e.fixNext.filter(e=>r.has(e.check.category)).slice(0,this.config.compact?3:5);return p`
      <h3>${t("fix_next.title")}</h3>
      ${0===c.length?p`<p class="muted fix-next-none">${t("fix_next.none")}</p>`:p`<ol class="fix-next">
            ${c.map(e=>{return p`<li data-check=${e.check.id}>
                  <button class="jump" @click=${()=>this.reveal(e.check.id,e.check.category)}>${a.heading(e.check,e.status)}</button
                  ><span class="points">${t("fix_next.points",{points:(s=e.recoverable,String(s>=10?Math.round(s):Math.round(10*s)/10))})}</span>
                </li>`;var s})}
          </ol>`}
    `}renderCategories(e,t,s){const a=m(this.config),r=!0===this.config.hide_passed;return p`${v(e.scorecard.categories.filter(e=>a.has(e.id)),e=>e.id,a=>{const c=this.openCategories.has(a.id),i=$(s).category(a.id),n=`cat-${a.id}`,o=a.checks.filter(e=>!(r&&"pass"===e.status));return p`<section class="category" data-category=${a.id}>
          <button aria-expanded=${c?"true":"false"} aria-controls=${n} @click=${()=>this.toggleCategory(a.id)}>
            <span class="cat-title">${i}</span>
            <span class="counts muted">${t("category.counts",{pass:a.counts.pass,fail:a.counts.fail,warn:a.counts.warn})}</span>
            <span class="chevron" aria-hidden="true">›</span>
          </button>
          <ul class="checks" id=${n} ?hidden=${!c}>
            ${c?v(o,e=>e.check.id,t=>p`<li>
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
        </section>`})}`}toggleCategory(e){const t=new Set(this.openCategories);t.has(e)?t.delete(e):t.add(e),this.openCategories=t}async reveal(e,t){this.openCategories=new Set(this.openCategories).add(t),this.openChecks=new Set(this.openChecks).add(e),await this.updateComplete;const s=this.renderRoot.querySelector(`${k}[data-check="${e}"]`);null!==s&&(await s.updateComplete,s.scrollIntoView?.({block:"nearest"}),s.shadowRoot?.querySelector("button.row")?.focus())}}function _(e,t){try{return new Intl.DateTimeFormat(t,{dateStyle:"short",timeStyle:"short"}).format(new Date(e))}catch{return e}}y([b()],S.prototype,"language",void 0),y([b()],S.prototype,"config",void 0),y([b()],S.prototype,"openCategories",void 0),y([b()],S.prototype,"openChecks",void 0),y([b()],S.prototype,"tick",void 0),f(C,S);const R={type:C,name:"Security Scorecard",description:"How exposed your Home Assistant is: a 0–100 score, a grade and every check behind it.",preview:!0,documentationURL:x};window.customCards=window.customCards??[],window.customCards.some(e=>e.type===C)||window.customCards.push(R);export{C as CARD_TAG,x as DOCUMENTATION_URL,S as SecurityScorecardCard};
